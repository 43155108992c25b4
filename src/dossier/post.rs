//! Finishing the document in lopdf: links with resolved
//! destinations, a nested outline, page labels, embedded original files, a clean Info
//! dictionary with fixed dates, `/Lang`, a content-derived `/ID`; then compression and bytes.
//!
//! The original files are not loaded into the document: lopdf writes everything else, then the
//! files are streamed from disk into an update section appended to the file (their objects, a
//! cross-reference section and a trailer pointing back at the first one), so a large attachment
//! costs no memory.

use super::DossierError;
use crate::layout::{Item, Laid, LinkTarget};
use chrono::{DateTime, Utc};
use lopdf::{Dictionary, Document, Object, ObjectId, StringFormat};
use std::io::{Read, Write};
use std::path::PathBuf;

/// One bookmark and its children.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineEntry {
    /// The title shown.
    pub title: String,
    /// The anchor it opens.
    pub anchor: String,
    /// Nested bookmarks.
    pub children: Vec<OutlineEntry>,
}

/// A file to embed.
#[derive(Debug, Clone)]
pub struct EmbeddedFile {
    /// The name it is saved under, unique within the dossier.
    pub name: String,
    /// Its description ("Pièce 3 — …").
    pub description: String,
    /// Media type.
    pub media_type: String,
    /// Where its bytes are read from when the PDF is written.
    pub path: PathBuf,
    /// Its size in bytes.
    pub size: u64,
}

/// An embedded file's objects, written after the document: its stream and the stream's length.
struct Pending<'a> {
    file: &'a EmbeddedFile,
    stream: ObjectId,
    length: ObjectId,
    compress: bool,
}

/// Document metadata.
#[derive(Debug, Clone)]
pub struct Meta {
    /// Title.
    pub title: String,
    /// Author (the consumer).
    pub author: String,
    /// Subject.
    pub subject: String,
    /// Keywords.
    pub keywords: String,
    /// Creating application.
    pub creator: String,
    /// Language tag (`fr-FR`).
    pub lang: String,
    /// Creation and modification date.
    pub date: DateTime<Utc>,
    /// Label of the first page ("Couverture").
    pub cover_label: String,
    /// 16 bytes identifying the content, for `/ID`.
    pub id: [u8; 16],
}

/// A PDF text string: literal for ASCII, UTF-16BE with a byte-order mark otherwise.
pub fn text_string(text: &str) -> Object {
    if text.is_ascii() {
        Object::String(text.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xFE, 0xFF];
        bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

fn name(text: &str) -> Object {
    Object::Name(text.as_bytes().to_vec())
}

fn real(v: f32) -> Object {
    Object::Real(v)
}

fn dest(pages: &[ObjectId], laid: &Laid, anchor: &str) -> Option<Object> {
    let a = laid.anchors.get(anchor)?;
    let page = pages.get(a.page)?;
    Some(Object::Array(vec![
        Object::Reference(*page),
        name("XYZ"),
        Object::Null,
        real(a.y + 4.0),
        Object::Null,
    ]))
}

fn pdf_date(date: DateTime<Utc>) -> Object {
    Object::String(
        date.format("D:%Y%m%d%H%M%SZ").to_string().into_bytes(),
        StringFormat::Literal,
    )
}

fn err(e: lopdf::Error) -> DossierError {
    DossierError::Pdf(e.to_string())
}

/// Adds the link annotations of every page.
fn links(doc: &mut Document, pages: &[ObjectId], laid: &Laid) -> Result<(), DossierError> {
    for (page_id, page) in pages.iter().zip(&laid.pages) {
        let mut annots = Vec::new();
        for item in &page.items {
            let Item::Link { x, y, w, h, target } = item else {
                continue;
            };
            let mut annot = Dictionary::new();
            annot.set("Type", name("Annot"));
            annot.set("Subtype", name("Link"));
            annot.set(
                "Rect",
                Object::Array(vec![real(*x), real(*y), real(x + w), real(y + h)]),
            );
            annot.set("Border", Object::Array(vec![0.into(), 0.into(), 0.into()]));
            annot.set("F", 4);
            match target {
                LinkTarget::Anchor(anchor) => {
                    // A link to nowhere is dropped rather than written with a null destination.
                    let Some(d) = dest(pages, laid, anchor) else {
                        continue;
                    };
                    annot.set("Dest", d);
                }
                LinkTarget::Uri(uri) => {
                    let mut action = Dictionary::new();
                    action.set("S", name("URI"));
                    action.set(
                        "URI",
                        Object::String(uri.as_bytes().to_vec(), StringFormat::Literal),
                    );
                    annot.set("A", Object::Dictionary(action));
                }
            }
            annots.push(Object::Reference(doc.add_object(annot)));
        }
        let page_dict = doc
            .get_object_mut(*page_id)
            .and_then(Object::as_dict_mut)
            .map_err(err)?;
        page_dict.set("Annots", Object::Array(annots));
    }
    Ok(())
}

/// Writes a level of the outline under `parent`; returns (first, last, visible count).
fn outline_level(
    doc: &mut Document,
    pages: &[ObjectId],
    laid: &Laid,
    parent: ObjectId,
    entries: &[OutlineEntry],
) -> Option<(ObjectId, ObjectId, i64)> {
    let entries: Vec<&OutlineEntry> = entries
        .iter()
        .filter(|e| laid.anchors.contains_key(&e.anchor))
        .collect();
    let ids: Vec<ObjectId> = entries.iter().map(|_| doc.new_object_id()).collect();
    let mut count = 0;
    for (i, (entry, id)) in entries.iter().zip(&ids).enumerate() {
        let mut dict = Dictionary::new();
        dict.set("Title", text_string(&entry.title));
        dict.set("Parent", Object::Reference(parent));
        if let Some(d) = dest(pages, laid, &entry.anchor) {
            dict.set("Dest", d);
        }
        if let Some(prev) = i.checked_sub(1).and_then(|p| ids.get(p)) {
            dict.set("Prev", Object::Reference(*prev));
        }
        if let Some(next) = ids.get(i + 1) {
            dict.set("Next", Object::Reference(*next));
        }
        if let Some((first, last, _)) = outline_level(doc, pages, laid, *id, &entry.children) {
            dict.set("First", Object::Reference(first));
            dict.set("Last", Object::Reference(last));
            // Negative: children closed, so long exhibit lists do not flood the panel.
            let children = i64::try_from(entry.children.len()).unwrap_or(0);
            dict.set("Count", -children);
        }
        doc.set_object(*id, dict);
        count += 1;
    }
    Some((*ids.first()?, *ids.last()?, count))
}

/// Adds the Filespecs of the files; their streams are only reserved (written by [`append`]).
/// Returns the Filespec references with their name-tree keys, and what is left to write.
fn embed<'a>(
    doc: &mut Document,
    files: &'a [EmbeddedFile],
) -> (Vec<(String, ObjectId)>, Vec<Pending<'a>>) {
    let mut specs = Vec::with_capacity(files.len());
    let mut pending = Vec::with_capacity(files.len());
    for (file, n) in files.iter().zip(1..) {
        let stream = doc.new_object_id();
        let length = doc.new_object_id();
        // Already-compressed formats are stored as they are: deflating them gains nothing.
        let compress = !(file.media_type.starts_with("image/")
            || file.media_type.starts_with("video/")
            || file.media_type.starts_with("audio/")
            || file.media_type == "application/pdf"
            || file.media_type == "application/zip");
        let ascii: String = file
            .name
            .chars()
            .map(|c| {
                if c.is_ascii_graphic() || c == ' ' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let mut efd = Dictionary::new();
        efd.set("F", Object::Reference(stream));
        efd.set("UF", Object::Reference(stream));
        let mut fs = Dictionary::new();
        fs.set("Type", name("Filespec"));
        fs.set(
            "F",
            Object::String(ascii.into_bytes(), StringFormat::Literal),
        );
        fs.set("UF", text_string(&file.name));
        fs.set("Desc", text_string(&file.description));
        fs.set("AFRelationship", name("Source"));
        fs.set("EF", Object::Dictionary(efd));
        specs.push((format!("{n:03}"), doc.add_object(fs)));
        pending.push(Pending {
            file,
            stream,
            length,
            compress,
        });
    }
    (specs, pending)
}

/// A PDF name token for `text` (`/image#2Fjpeg`).
fn name_token(text: &str) -> String {
    let mut out = String::from("/");
    for b in text.bytes() {
        if b.is_ascii_graphic() && !b"()<>[]{}/%#".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("#{b:02X}"));
        }
    }
    out
}

/// Counts the bytes written and keeps the last few (to read back lopdf's `startxref`).
struct Counting<'a> {
    inner: &'a mut dyn Write,
    written: u64,
    tail: Vec<u8>,
}

impl Write for Counting<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.written += n as u64;
        let done = buf.get(..n).unwrap_or_default();
        self.tail.extend_from_slice(done);
        if self.tail.len() > 256 {
            let cut = self.tail.len() - 64;
            self.tail.drain(..cut);
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// The offset after the last `startxref` in `tail`.
fn last_startxref(tail: &[u8]) -> Option<u64> {
    let text = std::str::from_utf8(tail).ok()?;
    let after = text.rsplit("startxref").next()?;
    after.split_whitespace().next()?.parse().ok()
}

fn io(e: std::io::Error) -> DossierError {
    DossierError::Io(e.to_string())
}

/// Appends the embedded files' streams as an update section: the objects, streamed from disk,
/// then a cross-reference section for them and a trailer pointing back at the first one.
fn append(
    out: &mut Counting<'_>,
    pending: &[Pending<'_>],
    trailer: &Dictionary,
    size: u32,
) -> Result<(), DossierError> {
    let previous = last_startxref(&out.tail)
        .ok_or_else(|| DossierError::Pdf("the cross-reference offset was not found".to_owned()))?;
    let mut offsets: Vec<(u32, u64)> = Vec::with_capacity(pending.len() * 2);
    for p in pending {
        let file = p.file;
        offsets.push((p.stream.0, out.written + 1));
        write!(
            out,
            "\n{} 0 obj\n<</Type/EmbeddedFile/Subtype{}/Params<</Size {}>>{}/Length {} 0 R>>\nstream\n",
            p.stream.0,
            name_token(&file.media_type),
            file.size,
            if p.compress { "/Filter/FlateDecode" } else { "" },
            p.length.0
        )
        .map_err(io)?;
        let start = out.written;
        let source = std::fs::File::open(&file.path).map_err(io)?;
        let mut source = source.take(file.size);
        let copied = if p.compress {
            let mut encoder =
                flate2::write::ZlibEncoder::new(&mut *out, flate2::Compression::default());
            let copied = std::io::copy(&mut source, &mut encoder).map_err(io)?;
            encoder.finish().map_err(io)?;
            copied
        } else {
            std::io::copy(&mut source, out).map_err(io)?
        };
        if copied != file.size {
            return Err(DossierError::Io(format!(
                "{} changed while the dossier was written",
                file.path.display()
            )));
        }
        let length = out.written - start;
        write!(out, "\nendstream\nendobj\n").map_err(io)?;
        offsets.push((p.length.0, out.written));
        write!(out, "{} 0 obj\n{length}\nendobj\n", p.length.0).map_err(io)?;
    }
    offsets.sort_unstable();
    let xref = out.written;
    writeln!(out, "xref").map_err(io)?;
    for (id, offset) in &offsets {
        write!(out, "{id} 1\n{offset:010} 00000 n\r\n").map_err(io)?;
    }
    let reference = |key: &[u8]| match trailer.get(key) {
        Ok(Object::Reference((id, generation))) => Some(format!("{id} {generation} R")),
        _ => None,
    };
    let root = reference(b"Root")
        .ok_or_else(|| DossierError::Pdf("the document has no catalog".to_owned()))?;
    let mut entries = format!("/Size {size}/Root {root}/Prev {previous}");
    if let Some(info) = reference(b"Info") {
        entries.push_str(&format!("/Info {info}"));
    }
    if let Ok(Object::Array(ids)) = trailer.get(b"ID") {
        let hex: Vec<String> = ids
            .iter()
            .filter_map(|id| match id {
                Object::String(bytes, _) => {
                    Some(bytes.iter().map(|b| format!("{b:02X}")).collect::<String>())
                }
                _ => None,
            })
            .map(|h| format!("<{h}>"))
            .collect();
        entries.push_str(&format!("/ID[{}]", hex.join("")));
    }
    write!(out, "trailer\n<<{entries}>>\nstartxref\n{xref}\n%%EOF\n").map_err(io)?;
    Ok(())
}

/// Compresses every stream that allows it and has no filter yet (fonts, `/ToUnicode` maps,
/// anything added after the pages), in parallel, with [`super::compress`]. Page contents come
/// already deflated from [`super::pdf`]; pictures and originals are never compressed again.
fn compress_streams(doc: &mut Document) {
    let mut streams: Vec<&mut lopdf::Stream> = doc
        .objects
        .values_mut()
        .filter_map(|object| match object {
            Object::Stream(stream)
                if stream.allows_compression && stream.dict.get(b"Filter").is_err() =>
            {
                Some(stream)
            }
            _ => None,
        })
        .collect();
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let chunk = streams.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        for part in streams.chunks_mut(chunk) {
            let spawned = std::thread::Builder::new()
                .name("dossier-compress".to_owned())
                .spawn_scoped(scope, move || part.iter_mut().for_each(|s| compress_one(s)));
            // No thread to spare: that part stays uncompressed, still a valid PDF.
            spawned.ok();
        }
    });
}

fn compress_one(stream: &mut lopdf::Stream) {
    if let Some(compressed) = super::compress::worth_deflating(&stream.content) {
        stream.dict.set("Filter", name("FlateDecode"));
        stream.set_content(compressed);
    }
}

/// Finishes the document and writes it to `out`.
pub fn finish(
    mut doc: Document,
    laid: &Laid,
    outline: &[OutlineEntry],
    files: &[EmbeddedFile],
    meta: &Meta,
    out: &mut dyn Write,
) -> Result<(), DossierError> {
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    links(&mut doc, &pages, laid)?;

    let outlines_id = doc.new_object_id();
    let outline_root = outline_level(&mut doc, &pages, laid, outlines_id, outline);
    if let Some((first, last, count)) = outline_root {
        let mut dict = Dictionary::new();
        dict.set("Type", name("Outlines"));
        dict.set("First", Object::Reference(first));
        dict.set("Last", Object::Reference(last));
        dict.set("Count", count);
        doc.set_object(outlines_id, dict);
    }

    let (specs, pending) = embed(&mut doc, files);

    let mut info = Dictionary::new();
    info.set("Title", text_string(&meta.title));
    info.set("Author", text_string(&meta.author));
    info.set("Subject", text_string(&meta.subject));
    info.set("Keywords", text_string(&meta.keywords));
    info.set("Creator", text_string(&meta.creator));
    info.set("Producer", text_string("lopdf 0.44"));
    info.set("CreationDate", pdf_date(meta.date));
    info.set("ModDate", pdf_date(meta.date));
    let info_id = doc.add_object(info);
    doc.trailer.set("Info", Object::Reference(info_id));
    let id = Object::String(meta.id.to_vec(), StringFormat::Hexadecimal);
    doc.trailer.set("ID", Object::Array(vec![id.clone(), id]));

    let catalog = doc.catalog_mut().map_err(err)?;
    catalog.set("Lang", text_string(&meta.lang));
    let mut prefs = Dictionary::new();
    prefs.set("DisplayDocTitle", true);
    catalog.set("ViewerPreferences", Object::Dictionary(prefs));
    if outline_root.is_some() {
        catalog.set("Outlines", Object::Reference(outlines_id));
        catalog.set("PageMode", name("UseOutlines"));
    }
    let mut cover = Dictionary::new();
    cover.set("P", text_string(&meta.cover_label));
    let mut rest = Dictionary::new();
    rest.set("S", name("D"));
    rest.set("St", 2);
    let mut labels = Dictionary::new();
    labels.set(
        "Nums",
        Object::Array(vec![
            0.into(),
            Object::Dictionary(cover),
            1.into(),
            Object::Dictionary(rest),
        ]),
    );
    catalog.set("PageLabels", Object::Dictionary(labels));
    if !specs.is_empty() {
        let mut tree = Vec::new();
        for (key, spec) in &specs {
            tree.push(Object::String(
                key.clone().into_bytes(),
                StringFormat::Literal,
            ));
            tree.push(Object::Reference(*spec));
        }
        let mut files = Dictionary::new();
        files.set("Names", Object::Array(tree));
        let mut names = Dictionary::new();
        names.set("EmbeddedFiles", Object::Dictionary(files));
        catalog.set("Names", Object::Dictionary(names));
        catalog.set(
            "AF",
            Object::Array(specs.iter().map(|(_, s)| Object::Reference(*s)).collect()),
        );
    }

    doc.version = "1.7".to_owned();
    compress_streams(&mut doc);
    doc.reference_table.cross_reference_type = lopdf::xref::XrefType::CrossReferenceTable;
    let mut counting = Counting {
        inner: out,
        written: 0,
        tail: Vec::new(),
    };
    doc.save_to(&mut counting)
        .map_err(|e| DossierError::Pdf(e.to_string()))?;
    if !pending.is_empty() {
        append(&mut counting, &pending, &doc.trailer, doc.max_id + 1)?;
    }
    counting.flush().map_err(io)?;
    Ok(())
}
