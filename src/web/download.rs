//! A CSV file as a download: named, never cached (the files can name people), and starting with
//! the UTF-8 byte-order mark, without which Excel on Windows reads "Anaïs" and "山田" as another
//! encoding. Several files travel together as a ZIP archive.

use std::borrow::Cow;

use anyhow::Context;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::error::{AppError, AppResult};

/// The byte-order mark: how a spreadsheet tells UTF-8 text.
const BOM: &str = "\u{feff}";

pub fn csv_attachment(filename: &str, body: String) -> AppResult<Response> {
    attachment(filename, with_bom(&body))
}

/// A CSV file's text as a spreadsheet should read it: after the byte-order mark.
pub fn with_bom(body: &str) -> String {
    format!("{BOM}{body}")
}

/// Files packed into one ZIP archive, compressed, in the order given, each dated `modified`.
pub fn zip_archive(files: &[(&str, Vec<u8>)], modified: time::OffsetDateTime) -> anyhow::Result<Vec<u8>> {
    let modified = u16::try_from(modified.year())
        .ok()
        .and_then(|year| {
            zip::DateTime::from_date_and_time(
                year,
                u8::from(modified.month()),
                modified.day(),
                modified.hour(),
                modified.minute(),
                modified.second(),
            )
            .ok()
        })
        .unwrap_or_default();
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(modified)
        .unix_permissions(0o644);
    let mut archive = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in files {
        archive.start_file(*name, options).with_context(|| format!("could not add {name} to the archive"))?;
        std::io::Write::write_all(&mut archive, bytes)
            .with_context(|| format!("could not add {name} to the archive"))?;
    }
    Ok(archive.finish().context("could not finish the archive")?.into_inner())
}

/// A ZIP archive as a download, never cached.
pub fn zip_attachment(filename: &str, bytes: Vec<u8>) -> AppResult<Response> {
    let disposition = format!("attachment; filename=\"{filename}\"");
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("application/zip")),
            (header::CONTENT_DISPOSITION, HeaderValue::from_str(&disposition).map_err(|_| AppError::NotFound)?),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        bytes,
    )
        .into_response())
}

/// A CSV file for another program to read, exactly as it expects it: no byte-order mark (Entra's
/// bulk upload compares its header row character for character).
pub fn csv_for_upload(filename: &str, body: String) -> AppResult<Response> {
    attachment(filename, body)
}

fn attachment(filename: &str, body: String) -> AppResult<Response> {
    let disposition = format!("attachment; filename=\"{filename}\"");
    Ok((
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8")),
            (header::CONTENT_DISPOSITION, HeaderValue::from_str(&disposition).map_err(|_| AppError::NotFound)?),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        body,
    )
        .into_response())
}

/// A table as CSV, with a header row. Every cell is defused (`csv_safe`): values such as
/// campaign tags come from visitors, and a spreadsheet must not run them.
pub fn to_csv<T: Serialize>(rows: &[T]) -> anyhow::Result<String> {
    let mut raw = csv::Writer::from_writer(Vec::new());
    for row in rows {
        raw.serialize(row).context("could not write CSV")?;
    }
    let raw = raw.into_inner().context("could not finish CSV")?;
    let mut records = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(raw.as_slice());
    let mut writer = csv::Writer::from_writer(Vec::new());
    for record in records.records() {
        let record = record.context("could not read back CSV")?;
        writer.write_record(record.iter().map(|cell| csv_safe(cell).into_owned())).context("could not write CSV")?;
    }
    let bytes = writer.into_inner().context("could not finish CSV")?;
    String::from_utf8(bytes).context("CSV is not UTF-8")
}

/// A cell that a spreadsheet will not run as a formula.
fn csv_safe(value: &str) -> Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}").into() } else { value.into() }
}

/// A table as CSV, its header and cells as the page shows them, each cell defused (`csv_safe`).
pub fn table_csv(header: &[String], rows: &[Vec<String>]) -> anyhow::Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(header.iter().map(|cell| csv_safe(cell).into_owned())).context("could not write CSV")?;
    for row in rows {
        writer.write_record(row.iter().map(|cell| csv_safe(cell).into_owned())).context("could not write CSV")?;
    }
    let bytes = writer.into_inner().context("could not finish CSV")?;
    String::from_utf8(bytes).context("CSV is not UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_is_written_as_shown_and_defused() {
        let csv = table_csv(&["Device".into(), "People".into()], &[vec!["=cmd".into(), "3".into()]]).unwrap();
        assert_eq!(csv, "Device,People\n'=cmd,3\n");
    }

    #[test]
    fn files_come_back_out_of_the_archive_as_put_in() {
        let at = time::macros::datetime!(2026-11-20 09:00 UTC);
        let files = [("README.txt", b"hello".to_vec()), ("a.csv", with_bom("x,y\n").into_bytes())];
        let bytes = zip_archive(&files, at).unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let names: Vec<String> = archive.file_names().map(|n| n.unwrap().into_owned()).collect();
        assert_eq!(names, ["README.txt", "a.csv"]);
        let mut csv = String::new();
        std::io::Read::read_to_string(&mut archive.by_name("a.csv").unwrap(), &mut csv).unwrap();
        assert_eq!(csv, "\u{feff}x,y\n");
        let modified = archive.by_name("README.txt").unwrap().last_modified().unwrap();
        assert_eq!((modified.year(), modified.month(), modified.day(), modified.hour()), (2026, 11, 20, 9));
    }

    #[test]
    fn formulas_are_defused_in_csv_cells() {
        assert_eq!(csv_safe("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_safe("Adele Vance"), "Adele Vance");
    }

    #[test]
    fn every_cell_of_every_table_is_defused() {
        #[derive(Serialize)]
        struct Row {
            campaign: &'static str,
            visitors: i64,
        }
        let rows = [
            Row { campaign: "-2-3", visitors: 4 },
            Row { campaign: "=1+1", visitors: 1 },
            Row { campaign: "@SUM(A1)", visitors: 1 },
            Row { campaign: "+1", visitors: 1 },
            Row { campaign: "\tx", visitors: 1 },
            Row { campaign: "announcement, \"q\"", visitors: 2 },
        ];
        let csv = to_csv(&rows).unwrap();
        assert_eq!(
            csv,
            "campaign,visitors\n'-2-3,4\n'=1+1,1\n'@SUM(A1),1\n'+1,1\n'\tx,1\n\"announcement, \"\"q\"\"\",2\n"
        );
    }
}
