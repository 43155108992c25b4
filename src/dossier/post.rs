//! Finishing the document in lopdf, for what printpdf cannot do: links with resolved
//! destinations, a nested outline, page labels, embedded original files, a clean Info
//! dictionary with fixed dates, `/Lang`, a content-derived `/ID`; then compression and bytes.

use super::DossierError;
use crate::layout::{Item, Laid, LinkTarget};
use chrono::{DateTime, Utc};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream, StringFormat};

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
pub struct EmbeddedFile<'a> {
    /// The original file name.
    pub name: String,
    /// Its description ("Pièce 3 — …").
    pub description: String,
    /// Media type.
    pub media_type: String,
    /// The bytes.
    pub bytes: &'a [u8],
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

/// Embeds the files; returns the Filespec references with their name-tree keys.
fn embed(doc: &mut Document, files: &[EmbeddedFile<'_>]) -> Vec<(String, ObjectId)> {
    files
        .iter()
        .zip(1..)
        .map(|(file, n)| {
            let mut params = Dictionary::new();
            params.set("Size", i64::try_from(file.bytes.len()).unwrap_or(0));
            let mut sd = Dictionary::new();
            sd.set("Type", name("EmbeddedFile"));
            sd.set("Subtype", name(&file.media_type));
            sd.set("Params", Object::Dictionary(params));
            // Already-compressed formats are stored as they are: deflating them gains nothing.
            let compressible = !(file.media_type.starts_with("image/")
                || file.media_type.starts_with("video/")
                || file.media_type.starts_with("audio/")
                || file.media_type == "application/pdf"
                || file.media_type == "application/zip");
            let stream = Stream::new(sd, file.bytes.to_vec()).with_compression(compressible);
            let ef = doc.add_object(stream);
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
            efd.set("F", Object::Reference(ef));
            efd.set("UF", Object::Reference(ef));
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
            (format!("{n:03}"), doc.add_object(fs))
        })
        .collect()
}

/// Finishes the document and returns its bytes.
pub fn finish(
    mut doc: Document,
    laid: &Laid,
    outline: &[OutlineEntry],
    files: &[EmbeddedFile<'_>],
    meta: &Meta,
) -> Result<Vec<u8>, DossierError> {
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

    let specs = embed(&mut doc, files);

    let mut info = Dictionary::new();
    info.set("Title", text_string(&meta.title));
    info.set("Author", text_string(&meta.author));
    info.set("Subject", text_string(&meta.subject));
    info.set("Keywords", text_string(&meta.keywords));
    info.set("Creator", text_string(&meta.creator));
    info.set("Producer", text_string("printpdf 0.12.8 + lopdf 0.44"));
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
    doc.compress();
    let mut out = Vec::new();
    doc.save_to(&mut out)
        .map_err(|e| DossierError::Pdf(e.to_string()))?;
    Ok(out)
}
