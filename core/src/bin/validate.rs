//! `validate`: checks a dataset file the way the dashboard will, for data editors.
//!
//! `cargo run -p dashboard-core --bin validate -- FILE.json [--lang vi|en]` prints
//! `OK: …` and exits 0, or lists every problem as `PATH: message` and exits 1; a
//! file that cannot be read, or a wrong command line, exits 2. The checking and
//! the wording live in `dashboard_core::load`, shared with the app and tests. It
//! reads at most one byte past the size limit, so a huge file or an endless stream
//! (`/dev/zero`) is refused without growing the command's memory.

use std::fs::File;
use std::io::Read;
use std::process::ExitCode;

use dashboard_core::bounds::MAX_FILE_BYTES;
use dashboard_core::i18n::Lang;
use dashboard_core::load::{load_bytes, report, too_large};

const USAGE: &str = "usage: validate FILE.json [--lang vi|en]";

fn main() -> ExitCode {
    let mut file = None;
    let mut lang = Lang::Vi;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let code = if arg == "-h" || arg == "--help" {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        } else if arg == "--lang" {
            match args.next() {
                Some(code) => code,
                None => return usage_error("--lang needs vi or en"),
            }
        } else if let Some(code) = arg.strip_prefix("--lang=") {
            code.to_owned()
        } else if file.is_none() && !arg.starts_with('-') {
            file = Some(arg);
            continue;
        } else {
            return usage_error(&format!("unexpected argument \"{arg}\""));
        };
        match Lang::from_code(&code) {
            Some(chosen) => lang = chosen,
            None => return usage_error(&format!("unknown language \"{code}\"")),
        }
    }
    let Some(file) = file else {
        return usage_error("no file given");
    };
    let bytes = match read_at_most(&file, MAX_FILE_BYTES as u64 + 1) {
        Ok(bytes) => bytes,
        Err(err) => {
            let message = match lang {
                Lang::Vi => format!("không đọc được tệp {file}: {err}"),
                Lang::En => format!("cannot read {file}: {err}"),
            };
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let result = if bytes.len() > MAX_FILE_BYTES {
        // The size of a regular file is known; a stream's is not.
        let size = std::fs::metadata(&file).map(|m| m.len()).ok();
        Err(vec![too_large(size.filter(|&s| s > MAX_FILE_BYTES as u64))])
    } else {
        load_bytes(&bytes)
    };
    print!("{}", report(&file, &result, lang));
    if result.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// The first `limit` bytes of `file`, or all of it if it is shorter.
fn read_at_most(file: &str, limit: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    File::open(file)?.take(limit).read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn usage_error(reason: &str) -> ExitCode {
    eprintln!("{reason}\n{USAGE}");
    ExitCode::from(2)
}
