//! Writes the prerendered pages into a built site: `prerender <template.html> <out-dir>`.
//!
//! Trunk's post-build hook (scripts/postbuild.mjs) runs it on the staged `index.html`.
//! `SITE_URL` is the address the site is published at; `OFFLINE_COPY_BYTES` the size of
//! the one-file offline copy, which the pages' download link states.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [template, out_dir] = args.as_slice() else {
        eprintln!("usage: prerender <template.html> <out-dir>");
        return ExitCode::from(2);
    };
    let build = dashboard_app::prerender::Build {
        site_url: std::env::var("SITE_URL").unwrap_or_default(),
        offline_copy_bytes: std::env::var("OFFLINE_COPY_BYTES").ok().and_then(|b| b.parse().ok()),
    };
    match dashboard_app::prerender::run(template.as_ref(), out_dir.as_ref(), &build) {
        Ok(written) => {
            println!("{written}");
            ExitCode::SUCCESS
        }
        Err(reason) => {
            eprintln!("prerender: {reason}");
            ExitCode::FAILURE
        }
    }
}
