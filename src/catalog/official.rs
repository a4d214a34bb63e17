//! The official year's 政府收支分类科目 list, as a 财政局 distributes it: a CSV or XLSX
//! table of 科目编码 and 科目名称, read into (family, code, name) rows.
//!
//! The code and name columns are found by their header text (科目编码/编码/代码,
//! 科目名称/名称), else by content (the column of 3/5/7-digit codes, and the next column
//! with text). A function code starts with 2 (类 3, 款 5, 项 7 digits), a 部门预算支出经济分类
//! code with 3 (类 3, 款 5); other rows (收入分类, 政府预算支出经济分类, headings) are skipped.

use std::io::Cursor;

use super::Family;

/// The largest uncompressed content of an XLSX list: a real list is a few MiB.
pub const MAX_UNPACKED_BYTES: u64 = 64 * 1024 * 1024;

/// Why a list could not be read. No variant carries the file's content.
#[derive(Debug, PartialEq, Eq)]
pub enum Malformed {
    /// A CSV that is neither UTF-8 nor GBK/GB18030 (UTF-16, as Excel's “Unicode 文本”, or
    /// another encoding): line of the first bad byte.
    NotUtf8(usize),
    /// Not a CSV record structure the reader accepts, at this line.
    Csv(usize),
    /// Not a readable XLSX workbook (or one whose sheets unpack to too much).
    Xlsx,
    /// No column of codes and names was found.
    NoColumns,
}

/// The format, from the file name's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated text, UTF-8 or GBK/GB18030.
    Csv,
    /// An Excel workbook (the first sheet that has codes is read).
    Xlsx,
}

impl Format {
    /// The format a file name says: `.xlsx` is XLSX, anything else CSV.
    pub fn of(name: &str) -> Format {
        if name.to_ascii_lowercase().ends_with(".xlsx") {
            Format::Xlsx
        } else {
            Format::Csv
        }
    }
}

/// The rows of the list: (family, code, name).
pub fn parse(format: Format, bytes: &[u8]) -> Result<Vec<(Family, String, String)>, Malformed> {
    let tables = match format {
        Format::Csv => vec![csv_rows(bytes)?],
        Format::Xlsx => xlsx_sheets(bytes)?,
    };
    tables.iter().map(|rows| codes(rows)).find(|r| !r.is_empty()).ok_or(Malformed::NoColumns)
}

fn csv_rows(bytes: &[u8]) -> Result<Vec<Vec<String>>, Malformed> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let decoded;
    let bytes = match std::str::from_utf8(bytes) {
        Ok(_) => bytes,
        // Saved as GBK/GB18030 (what Excel and WPS write on a Chinese Windows): decoded as
        // such, since a code list is data, not a source to be saved again.
        Err(_) if crate::load::is_gb18030(bytes) => {
            decoded = encoding_rs::GB18030.decode_without_bom_handling(bytes).0.into_owned();
            decoded.as_bytes()
        }
        Err(e) => {
            let line = bytes.get(..e.valid_up_to()).unwrap_or_default().iter().filter(|b| **b == b'\n').count() + 1;
            return Err(Malformed::NotUtf8(line));
        }
    };
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes);
    let mut rows = vec![];
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| usize::try_from(p.line()).unwrap_or(usize::MAX));
            Malformed::Csv(line)
        })?;
        rows.push(record.iter().map(str::to_owned).collect());
    }
    Ok(rows)
}

fn xlsx_sheets(bytes: &[u8]) -> Result<Vec<Vec<Vec<String>>>, Malformed> {
    unpacked_size_ok(bytes)?;
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(bytes)).map_err(|_| Malformed::Xlsx)?;
    let mut sheets = vec![];
    for (_, range) in book.worksheets() {
        let rows = range.rows().map(|r| r.iter().map(cell_text).collect()).collect();
        sheets.push(rows);
    }
    Ok(sheets)
}

/// A zip whose entries would unpack to more than [`MAX_UNPACKED_BYTES`] is refused
/// before it is unpacked (a small file must not fill the memory).
fn unpacked_size_ok(bytes: &[u8]) -> Result<(), Malformed> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| Malformed::Xlsx)?;
    let mut total = 0u64;
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).map_err(|_| Malformed::Xlsx)?;
        total = total.saturating_add(entry.size());
    }
    // The sizes are as declared in the archive; the zip reader stops an entry that
    // unpacks to more than it declares.
    if total > MAX_UNPACKED_BYTES {
        return Err(Malformed::Xlsx);
    }
    Ok(())
}

fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        // Codes typed as numbers: 2080101 is stored as 2080101.0.
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
}

/// The family of a code by its first digit and length, if it is a code the budget uses.
fn family(code: &str) -> Option<Family> {
    let digits = code.bytes().all(|b| b.is_ascii_digit());
    match (code.as_bytes().first(), code.len()) {
        (Some(b'2'), 3 | 5 | 7) if digits => Some(Family::Function),
        (Some(b'3'), 3 | 5) if digits => Some(Family::Economic),
        _ => None,
    }
}

/// The code and name columns: by header text, else by content.
fn columns(rows: &[Vec<String>]) -> Option<(usize, usize)> {
    for row in rows.iter().take(20) {
        let find = |words: &[&str]| row.iter().position(|c| words.iter().any(|w| trim(c).contains(w)));
        if let (Some(c), Some(n)) = (find(&["编码", "代码"]), find(&["名称"])) {
            if c != n {
                return Some((c, n));
            }
        }
    }
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let code_col = (0..width).max_by_key(|&i| {
        let n = rows.iter().filter(|r| r.get(i).is_some_and(|c| family(trim(c)).is_some())).count();
        (n, std::cmp::Reverse(i))
    })?;
    let is_text = |c: &String| !trim(c).is_empty() && family(trim(c)).is_none();
    let name_col = (code_col + 1..width).find(|&i| rows.iter().any(|r| r.get(i).is_some_and(is_text)))?;
    Some((code_col, name_col))
}

fn codes(rows: &[Vec<String>]) -> Vec<(Family, String, String)> {
    let Some((c, n)) = columns(rows) else { return vec![] };
    rows.iter()
        .filter_map(|r| {
            let code = trim(r.get(c)?);
            let name = trim(r.get(n)?);
            Some((family(code)?, code.to_owned(), name.to_owned())).filter(|_| !name.is_empty())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_by_header_and_by_content() {
        let csv = "序号,科目编码,科目名称\n1,208,社会保障和就业支出\n2,20801,人力资源和社会保障管理事务\n3,2080150,　　事业运行\n4,1010101,国内增值税\n";
        let rows = parse(Format::Csv, csv.as_bytes()).expect("csv");
        assert_eq!(rows.len(), 3);
        assert_eq!(rows.get(2), Some(&(Family::Function, "2080150".to_owned(), "事业运行".to_owned())));
        let bare = "\u{feff}309,资本性支出（基本建设）\n30902,办公设备购置\n";
        let rows = parse(Format::Csv, bare.as_bytes()).expect("csv");
        assert_eq!(rows.get(1), Some(&(Family::Economic, "30902".to_owned(), "办公设备购置".to_owned())));
    }

    #[test]
    fn a_list_saved_as_gbk_is_read_as_its_utf8_twin() {
        let text = "科目编码,科目名称\n208,社会保障和就业支出\n20801,人力资源和社会保障管理事务\n2080150,事业运行\n";
        let (gbk, _, lossy) = encoding_rs::GBK.encode(text);
        assert!(!lossy && std::str::from_utf8(&gbk).is_err());
        assert_eq!(parse(Format::Csv, &gbk), parse(Format::Csv, text.as_bytes()));
        assert_eq!(parse(Format::Csv, &gbk).map(|r| r.len()), Ok(3));
    }

    #[test]
    fn what_cannot_be_read_says_why_without_content() {
        assert_eq!(parse(Format::Csv, b"a,b\n\xff\xfe2\x000\x008\x00,x\n"), Err(Malformed::NotUtf8(2)));
        assert_eq!(parse(Format::Csv, "名称,说明\n甲,乙\n".as_bytes()), Err(Malformed::NoColumns));
        assert_eq!(parse(Format::Xlsx, b"not a zip"), Err(Malformed::Xlsx));
    }
}
