//! A small JSON reader that says where and why a text is not JSON, in both languages.
//!
//! Dataset files are written by hand, so a syntax error must tell a data editor
//! the line, the column (in characters, as editors count them) and the field it
//! is in (`title`, `series.exports[3].value`), in Vietnamese or English. The
//! reader tracks the path as it goes, so that needs no second pass over the
//! text. Objects keep their fields in file order, duplicates included, so the
//! dataset reader can report a field given twice instead of silently keeping one.
//!
//! It replaced serde_json, whose English-only reasons had to be translated by
//! string matching and whose code was a tenth of the dashboard's own in the
//! WebAssembly binary. It reads RFC 8259 JSON; a leading byte-order mark is
//! skipped (Windows editors add one), nesting is limited to 128 levels so no
//! input can exhaust the stack, and a number beyond the range of a double is an
//! error rather than an infinity.

use crate::i18n::Lang;

/// A parsed JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    /// Fields in file order; a key may appear more than once.
    Object(Vec<(String, Value)>),
}

impl Value {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Value)]> {
        match self {
            Value::Object(fields) => Some(fields),
            _ => None,
        }
    }
}

/// Why a text is not JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxReason {
    /// The text ends inside an object.
    EndInObject,
    /// The text ends inside an array.
    EndInArray,
    /// The text ends inside a string.
    EndInString,
    /// The text ends (or is empty) where a value must come.
    EndBeforeValue,
    ExpectedValue,
    ExpectedColon,
    ExpectedCommaOrBrace,
    ExpectedCommaOrBracket,
    /// An object key that is not a string in double quotes.
    KeyNotString,
    TrailingComma,
    /// Anything but white space after the one top-level value.
    TrailingCharacters,
    /// A word that is not `true`, `false` or `null`.
    UnknownWord,
    InvalidNumber,
    NumberTooLarge,
    InvalidEscape,
    /// A raw tab, line break or other control character inside a string.
    ControlCharacter,
    TooDeep,
}

impl SyntaxReason {
    pub fn describe(self, lang: Lang) -> &'static str {
        use SyntaxReason::*;
        match (self, lang) {
            (EndInObject, Lang::Vi) => "tệp kết thúc khi một đối tượng {…} chưa đóng",
            (EndInArray, Lang::Vi) => "tệp kết thúc khi một mảng […] chưa đóng",
            (EndInString, Lang::Vi) => "tệp kết thúc khi một chuỗi chưa đóng ngoặc kép",
            (EndBeforeValue, Lang::Vi) => "tệp kết thúc khi còn thiếu một giá trị",
            (ExpectedValue, Lang::Vi) => "cần một giá trị (chuỗi, số, đối tượng, mảng, true, false hoặc null)",
            (ExpectedColon, Lang::Vi) => "thiếu dấu : sau tên trường",
            (ExpectedCommaOrBrace, Lang::Vi) => "thiếu dấu , hoặc }",
            (ExpectedCommaOrBracket, Lang::Vi) => "thiếu dấu , hoặc ]",
            (KeyNotString, Lang::Vi) => "tên trường phải là chuỗi trong ngoặc kép",
            (TrailingComma, Lang::Vi) => "dấu phẩy thừa trước dấu đóng",
            (TrailingCharacters, Lang::Vi) => "có ký tự thừa sau dữ liệu",
            (UnknownWord, Lang::Vi) => "từ không hợp lệ (chỉ dùng true, false hoặc null)",
            (InvalidNumber, Lang::Vi) => "số không hợp lệ",
            (NumberTooLarge, Lang::Vi) => "số quá lớn",
            (InvalidEscape, Lang::Vi) => "ký tự thoát (\\) không hợp lệ",
            (ControlCharacter, Lang::Vi) => "chuỗi chứa ký tự điều khiển (tab, xuống dòng…) chưa thoát",
            (TooDeep, Lang::Vi) => "lồng nhau quá 128 cấp",
            (EndInObject, Lang::En) => "the file ends inside an object {…}",
            (EndInArray, Lang::En) => "the file ends inside an array […]",
            (EndInString, Lang::En) => "the file ends inside a string",
            (EndBeforeValue, Lang::En) => "the file ends where a value should be",
            (ExpectedValue, Lang::En) => "expected a value (string, number, object, array, true, false or null)",
            (ExpectedColon, Lang::En) => "expected : after the field name",
            (ExpectedCommaOrBrace, Lang::En) => "expected , or }",
            (ExpectedCommaOrBracket, Lang::En) => "expected , or ]",
            (KeyNotString, Lang::En) => "a field name must be a string in double quotes",
            (TrailingComma, Lang::En) => "trailing comma before the closing bracket",
            (TrailingCharacters, Lang::En) => "trailing characters after the data",
            (UnknownWord, Lang::En) => "not a JSON word (only true, false or null)",
            (InvalidNumber, Lang::En) => "invalid number",
            (NumberTooLarge, Lang::En) => "number too large",
            (InvalidEscape, Lang::En) => "invalid escape (\\)",
            (ControlCharacter, Lang::En) => "unescaped control character (tab, line break…) in a string",
            (TooDeep, Lang::En) => "nested more than 128 levels deep",
        }
    }
}

/// Where and why a text stopped being JSON.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The value being read: the field with a bad number or string, otherwise the
    /// innermost open object or array; `$` for the top level.
    pub path: String,
    pub reason: SyntaxReason,
}

/// The deepest nesting accepted; deeper input is refused before it can exhaust the stack.
const MAX_DEPTH: usize = 128;

/// Parses `text` as one JSON value.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut parser = Parser {
        text,
        pos: usize::from(text.starts_with('\u{FEFF}')) * '\u{FEFF}'.len_utf8(),
        path: Vec::new(),
    };
    let value = parser.value()?;
    parser.skip_space();
    if parser.pos < text.len() {
        return Err(parser.error(SyntaxReason::TrailingCharacters));
    }
    Ok(value)
}

/// One step of a path: a field of an object or an element of an array.
enum Step {
    Key(String),
    Index(usize),
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
    /// Where the parser is; one step per open container, plus the member being read.
    path: Vec<Step>,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn error(&self, reason: SyntaxReason) -> SyntaxError {
        let before = self.text.get(..self.pos).unwrap_or(self.text);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let mut path = String::new();
        for step in &self.path {
            match step {
                Step::Key(key) if path.is_empty() => path.push_str(key),
                Step::Key(key) => {
                    path.push('.');
                    path.push_str(key);
                }
                Step::Index(i) => path.push_str(&format!("[{i}]")),
            }
        }
        SyntaxError {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
            path: if path.is_empty() { "$".to_owned() } else { path },
            reason,
        }
    }

    /// A value, after any white space; the end of the text is an error.
    fn value(&mut self) -> Result<Value, SyntaxError> {
        self.skip_space();
        match self.peek() {
            None => Err(self.error(SyntaxReason::EndBeforeValue)),
            Some(b'{') => self.container(true),
            Some(b'[') => self.container(false),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'a'..=b'z') => self.word(),
            Some(_) => Err(self.error(SyntaxReason::ExpectedValue)),
        }
    }

    /// An object (`is_object`) or an array, from its opening bracket.
    fn container(&mut self, is_object: bool) -> Result<Value, SyntaxError> {
        if self.path.len() >= MAX_DEPTH {
            return Err(self.error(SyntaxReason::TooDeep));
        }
        let (close, end, expected_comma) = if is_object {
            (b'}', SyntaxReason::EndInObject, SyntaxReason::ExpectedCommaOrBrace)
        } else {
            (b']', SyntaxReason::EndInArray, SyntaxReason::ExpectedCommaOrBracket)
        };
        self.pos += 1;
        let mut fields = Vec::new();
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(close) {
            self.pos += 1;
        } else {
            loop {
                if is_object {
                    let key = self.key(end)?;
                    self.path.push(Step::Key(key));
                } else {
                    self.path.push(Step::Index(items.len()));
                }
                let value = self.value()?;
                let step = self.path.pop();
                match step {
                    Some(Step::Key(key)) => fields.push((key, value)),
                    _ => items.push(value),
                }
                self.skip_space();
                match self.peek() {
                    None => return Err(self.error(end)),
                    Some(b',') => self.pos += 1,
                    Some(c) if c == close => {
                        self.pos += 1;
                        break;
                    }
                    Some(_) => return Err(self.error(expected_comma)),
                }
                self.skip_space();
                if self.peek() == Some(close) {
                    return Err(self.error(SyntaxReason::TrailingComma));
                }
            }
        }
        Ok(if is_object {
            Value::Object(fields)
        } else {
            Value::Array(items)
        })
    }

    /// An object key and its colon.
    fn key(&mut self, end: SyntaxReason) -> Result<String, SyntaxError> {
        self.skip_space();
        match self.peek() {
            None => return Err(self.error(end)),
            Some(b'"') => {}
            Some(_) => return Err(self.error(SyntaxReason::KeyNotString)),
        }
        let key = self.string()?;
        self.skip_space();
        match self.peek() {
            Some(b':') => {
                self.pos += 1;
                Ok(key)
            }
            None => Err(self.error(end)),
            Some(_) => Err(self.error(SyntaxReason::ExpectedColon)),
        }
    }

    /// A string, from its opening quote.
    fn string(&mut self) -> Result<String, SyntaxError> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            // Copy the run of plain characters up to the next quote, backslash or control character.
            let rest = &self.text[self.pos..];
            let run = rest
                .find(|c: char| c == '"' || c == '\\' || c < ' ')
                .unwrap_or(rest.len());
            out.push_str(&rest[..run]);
            self.pos += run;
            match self.peek() {
                None => return Err(self.error(SyntaxReason::EndInString)),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    let c = self.escape()?;
                    out.push(c);
                }
                Some(_) => return Err(self.error(SyntaxReason::ControlCharacter)),
            }
        }
    }

    /// One escape sequence, from its backslash; a surrogate pair is one escape of two halves.
    fn escape(&mut self) -> Result<char, SyntaxError> {
        let start = self.pos;
        let simple = match self.text.as_bytes().get(self.pos + 1) {
            None => return Err(self.error(SyntaxReason::EndInString)),
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let high = self.hex4(start + 2)?;
                let code = if (0xD800..0xDC00).contains(&high) {
                    let low = match self.text.get(start + 6..start + 8) {
                        Some("\\u") => self.hex4(start + 8)?,
                        _ => return Err(self.error(SyntaxReason::InvalidEscape)),
                    };
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.error(SyntaxReason::InvalidEscape));
                    }
                    self.pos = start + 12;
                    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    self.pos = start + 6;
                    high
                };
                // A lone low surrogate is not a character.
                return char::from_u32(code).ok_or_else(|| {
                    self.pos = start;
                    self.error(SyntaxReason::InvalidEscape)
                });
            }
            Some(_) => return Err(self.error(SyntaxReason::InvalidEscape)),
        };
        self.pos += 2;
        Ok(simple)
    }

    /// Four hex digits at byte `at`.
    fn hex4(&self, at: usize) -> Result<u32, SyntaxError> {
        let digits = self
            .text
            .get(at..at + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        match digits {
            Some(digits) => u32::from_str_radix(digits, 16).map_err(|_| self.error(SyntaxReason::InvalidEscape)),
            None if self.text.len() < at + 4 => Err(self.error(SyntaxReason::EndInString)),
            None => Err(self.error(SyntaxReason::InvalidEscape)),
        }
    }

    /// A number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.pos;
        let bytes = self.text.as_bytes();
        let digits = |from: usize| bytes[from..].iter().take_while(|b| b.is_ascii_digit()).count();
        let mut end = start + usize::from(bytes[start] == b'-');
        let whole = digits(end);
        let valid_whole = whole == 1 || (whole > 1 && bytes[end] != b'0');
        end += whole;
        let mut valid = valid_whole;
        if bytes.get(end) == Some(&b'.') {
            let fraction = digits(end + 1);
            valid &= fraction > 0;
            end += 1 + fraction;
        }
        if matches!(bytes.get(end), Some(b'e' | b'E')) {
            end += 1;
            if matches!(bytes.get(end), Some(b'+' | b'-')) {
                end += 1;
            }
            let exponent = digits(end);
            valid &= exponent > 0;
            end += exponent;
        }
        if !valid {
            return Err(self.error(SyntaxReason::InvalidNumber));
        }
        let n = number_value(&self.text[start..end]);
        if !n.is_finite() {
            return Err(self.error(SyntaxReason::NumberTooLarge));
        }
        self.pos = end;
        Ok(Value::Number(n))
    }

    /// `true`, `false` or `null`.
    fn word(&mut self) -> Result<Value, SyntaxError> {
        let rest = &self.text[self.pos..];
        let length = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
        let value = match &rest[..length] {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            "null" => Value::Null,
            _ => return Err(self.error(SyntaxReason::UnknownWord)),
        };
        self.pos += length;
        Ok(value)
    }
}

/// The value of a valid JSON number literal.
///
/// Correctly rounded when its significant digits fit in 2^53 and its power of ten
/// is within ±22 (Clinger's fast path: both are then exact doubles, so one
/// multiplication or division rounds once). That covers every figure a dataset
/// holds, up to 15 significant digits; any other number is within a few units in
/// the last place. `str::parse::<f64>` is exact everywhere but, measured, added
/// 16 KB to the wasm (its tables of powers of five, mostly).
fn number_value(literal: &str) -> f64 {
    let (negative, body) = match literal.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, literal),
    };
    let (digits, exponent) = body.split_once(['e', 'E']).unwrap_or((body, "0"));
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    // Saturates: an exponent this large is out of range either way.
    let mut scale = exponent
        .trim_start_matches('+')
        .parse::<i32>()
        .unwrap_or(if exponent.starts_with('-') { -9_999 } else { 9_999 });
    let mut mantissa: u64 = 0;
    let mut exact = true;
    for (i, digit) in whole.bytes().chain(fraction.bytes()).enumerate() {
        let in_fraction = i >= whole.len();
        if mantissa < 100_000_000_000_000_000 {
            mantissa = mantissa * 10 + u64::from(digit - b'0');
            scale -= i32::from(in_fraction);
        } else {
            // Digits beyond the 18th only scale the number (whole part) or are dropped (fraction).
            scale += i32::from(!in_fraction);
            exact &= digit == b'0';
        }
    }
    #[allow(clippy::cast_precision_loss)]
    let m = mantissa as f64;
    let magnitude = if mantissa == 0 {
        0.0
    } else if exact && mantissa <= 1 << 53 && (-22..=22).contains(&scale) {
        // 10^k for k ≤ 22 is exact, and so is every step of this product.
        let power = (0..scale.unsigned_abs()).fold(1.0, |p, _| p * 10.0);
        if scale >= 0 {
            m * power
        } else {
            m / power
        }
    } else {
        // In two halves, so that neither power overflows where the product does not (2.2e−308).
        let scale = scale.clamp(-800, 800);
        m * 10f64.powi(scale / 2) * 10f64.powi(scale - scale / 2)
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fails(text: &str) -> (usize, usize, String, SyntaxReason) {
        let err = parse(text).expect_err(text);
        (err.line, err.column, err.path, err.reason)
    }

    #[test]
    fn reads_every_kind_of_value() {
        let value =
            parse("\u{FEFF} {\"a\": [1, -2.5e1, true, false, null, \"x\\u00e9\\ud83d\\ude00\\n\"], \"a\": {}} ");
        let expected = Value::Object(vec![
            (
                "a".into(),
                Value::Array(vec![
                    Value::Number(1.0),
                    Value::Number(-25.0),
                    Value::Bool(true),
                    Value::Bool(false),
                    Value::Null,
                    Value::String("xé😀\n".into()),
                ]),
            ),
            ("a".into(), Value::Object(Vec::new())),
        ]);
        assert_eq!(value, Ok(expected));
    }

    #[test]
    fn errors_name_line_column_path_and_reason() {
        use SyntaxReason::*;
        let missing_comma = "{\n  \"title\": { \"vi\": \"Bắc Ninh\" \"en\": \"x\" }\n}";
        assert_eq!(fails(missing_comma), (2, 31, "title".into(), ExpectedCommaOrBrace));
        assert_eq!(fails(""), (1, 1, "$".into(), EndBeforeValue));
        assert_eq!(fails("{\"a\": {"), (1, 8, "a".into(), EndInObject));
        assert_eq!(fails("{\"a\": [1,"), (1, 10, "a[1]".into(), EndBeforeValue));
        assert_eq!(fails("{\"a\": \"x"), (1, 9, "a".into(), EndInString));
        assert_eq!(fails("{} x"), (1, 4, "$".into(), TrailingCharacters));
        assert_eq!(fails("{\"a\": [1, 2,]}"), (1, 13, "a".into(), TrailingComma));
        assert_eq!(fails("{\"a\" 1}"), (1, 6, "$".into(), ExpectedColon));
        assert_eq!(fails("{a: 1}"), (1, 2, "$".into(), KeyNotString));
        assert_eq!(fails("[1 2]"), (1, 4, "$".into(), ExpectedCommaOrBracket));
        assert_eq!(fails("{\"v\": [{\"w\": 01}]}"), (1, 14, "v[0].w".into(), InvalidNumber));
        assert_eq!(fails("[1e400]"), (1, 2, "[0]".into(), NumberTooLarge));
        assert_eq!(fails("[tru]"), (1, 2, "[0]".into(), UnknownWord));
        assert_eq!(fails("[\"\\x\"]"), (1, 3, "[0]".into(), InvalidEscape));
        assert_eq!(fails("[\"\\udc00\"]"), (1, 3, "[0]".into(), InvalidEscape));
        assert_eq!(fails("[\"\\ud800x\"]"), (1, 3, "[0]".into(), InvalidEscape));
        assert_eq!(fails("[\"a\tb\"]"), (1, 4, "[0]".into(), ControlCharacter));
        assert_eq!(fails("[+1]"), (1, 2, "[0]".into(), ExpectedValue));
        for bad in ["-", "1.", "1e", "1e+", "-01", "00", "-x"] {
            assert_eq!(fails(bad).3, InvalidNumber, "{bad}");
        }
    }

    #[test]
    fn numbers_are_exact_where_datasets_need_them() {
        // A small deterministic generator of number literals (xorshift).
        let mut state = 0x2545_F491_4F6C_DD1D_u64;
        let mut next = |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state % n
        };
        for _ in 0..200_000 {
            let digits: String = (0..1 + next(17)).map(|_| char::from(b'0' + next(10) as u8)).collect();
            let whole = digits.trim_start_matches('0');
            let whole = if whole.is_empty() { "0" } else { whole };
            let fraction: String = (0..next(8)).map(|_| char::from(b'0' + next(10) as u8)).collect();
            let mut literal = format!("{}{whole}", if next(2) == 0 { "-" } else { "" });
            if !fraction.is_empty() {
                literal = format!("{literal}.{fraction}");
            }
            let exponent = if next(3) == 0 { next(61) as i64 - 30 } else { 0 };
            if exponent != 0 {
                literal = format!("{literal}e{exponent}");
            }
            let ours = number_value(&literal);
            let exact: f64 = literal.parse().unwrap_or(f64::NAN);
            // The fast path: at most 15 digits after leading zeros, and a power of ten within ±22.
            let digits = format!("{whole}{fraction}").trim_start_matches('0').len();
            let scale = exponent - fraction.len() as i64;
            if digits <= 15 && (-22..=22).contains(&scale) {
                assert_eq!(ours.to_bits(), exact.to_bits(), "{literal}");
            } else {
                assert!(
                    (ours - exact).abs() <= exact.abs() * 1e-14,
                    "{literal}: {ours} vs {exact}"
                );
            }
        }
        assert_eq!(number_value("7.39"), 7.39);
        assert_eq!(number_value("-12.59"), -12.59);
        assert_eq!(number_value("0.0"), 0.0);
        assert!(number_value("1e400").is_infinite() && number_value("-1e99999999999").is_infinite());
        assert_eq!(number_value("1e-99999999999"), 0.0);
        assert_eq!(number_value("123456789012345678901234567890"), 1.2345678901234568e29);
        let smallest_normal = number_value("2.2250738585072014e-308");
        assert!((smallest_normal - f64::MIN_POSITIVE).abs() <= f64::MIN_POSITIVE * 1e-14);
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let deep = "[".repeat(100_000);
        assert_eq!(fails(&deep).3, SyntaxReason::TooDeep);
        let fine = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&fine).is_ok());
    }
}
