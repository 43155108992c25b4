//! Laid-out pages to a lopdf document, built directly: fonts subset with allsorts
//! ([`super::fontfile`]), pictures as image XObjects holding their encoded pixels as they are
//! (JPEGs passed through untouched, never compressed again), and each page's content stream
//! written straight to bytes ([`super::content`]) and deflated ([`super::compress`]), pages
//! shared between the cores. Links, outline and attachments are added afterwards
//! ([`super::post`]).
//!
//! The document's shape: a catalog and a page tree; each page has its own `/Resources`
//! dictionary pointing at the shared `/Font`, `/XObject`, `/ExtGState` and `/Shading`
//! dictionaries (an object added later, a form XObject say, goes in the shared `/XObject`
//! dictionary under a name of its own).

use super::DossierError;
use super::compress;
use super::content::{self, Codes};
use super::fontfile;
use super::images::{Encoding, Picture};
use crate::layout::{FaceId, Fonts, Item, Laid, Page, PageSize};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

/// The image XObject for a picture: its encoded pixels as they are (never compressed again).
fn xobject(picture: Picture) -> Stream {
    let space: &[u8] = if picture.grey {
        b"DeviceGray"
    } else {
        b"DeviceRGB"
    };
    let filter: &[u8] = match picture.encoding {
        Encoding::Jpeg => b"DCTDecode",
        Encoding::Flate => b"FlateDecode",
    };
    let mut dict = Dictionary::new();
    dict.set("Type", Object::Name(b"XObject".to_vec()));
    dict.set("Subtype", Object::Name(b"Image".to_vec()));
    dict.set("Width", i64::from(picture.width));
    dict.set("Height", i64::from(picture.height));
    dict.set("ColorSpace", Object::Name(space.to_vec()));
    dict.set("BitsPerComponent", 8);
    dict.set("Filter", Object::Name(filter.to_vec()));
    Stream::new(dict, picture.data).with_compression(false)
}

/// The characters each face draws, sorted: a bit per code point, so a thousand pages of text
/// cost one pass.
fn used_chars(pages: &[Page], faces: usize) -> Vec<Vec<char>> {
    const WORDS: usize = (char::MAX as usize + 1).div_ceil(64);
    let mut bits: Vec<Vec<u64>> = vec![Vec::new(); faces];
    for page in pages {
        for item in &page.items {
            if let Item::Text { face, text, .. } = item
                && let Some(set) = bits.get_mut(face.0)
            {
                if set.is_empty() {
                    set.resize(WORDS, 0);
                }
                for ch in text.chars() {
                    let c = ch as usize;
                    if let Some(word) = set.get_mut(c / 64) {
                        *word |= 1 << (c % 64);
                    }
                }
            }
        }
    }
    bits.iter()
        .map(|set| {
            let mut chars = Vec::new();
            for (i, word) in set.iter().enumerate() {
                let mut w = *word;
                while w != 0 {
                    let bit = w.trailing_zeros() as usize;
                    w &= w - 1;
                    if let Some(ch) = u32::try_from(i * 64 + bit).ok().and_then(char::from_u32) {
                        chars.push(ch);
                    }
                }
            }
            chars
        })
        .collect()
}

/// One page's content stream, deflated when that helps.
fn page_stream(page: &Page, codes: &[Codes], orientations: &BTreeMap<usize, u8>) -> Stream {
    let bytes = content::page(&page.items, codes, orientations);
    match compress::worth_deflating(&bytes) {
        Some(compressed) => {
            let mut dict = Dictionary::new();
            dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
            Stream::new(dict, compressed).with_compression(false)
        }
        None => Stream::new(Dictionary::new(), bytes),
    }
}

/// The content streams of `pages`, in order, made on every core: each thread takes a run of
/// pages and frees their items as it goes (only the links are kept, for [`super::post`]).
/// `progress` is called on this thread with the number of pages done.
fn page_streams(
    pages: &mut [Page],
    codes: &[Codes],
    orientations: &BTreeMap<usize, u8>,
    progress: &mut dyn FnMut(u32),
    cancel: &AtomicBool,
) -> Result<Vec<Stream>, DossierError> {
    let done = AtomicU32::new(0);
    let work = |part: &mut [Page]| -> Result<Vec<Stream>, DossierError> {
        let mut streams = Vec::with_capacity(part.len());
        for page in part {
            if cancel.load(Ordering::Relaxed) {
                return Err(DossierError::Cancelled);
            }
            streams.push(page_stream(page, codes, orientations));
            page.items.retain(|item| matches!(item, Item::Link { .. }));
            page.items.shrink_to_fit();
            done.fetch_add(1, Ordering::Relaxed);
        }
        Ok(streams)
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .clamp(1, 8);
    // Small runs, so the threads stay busy until the end even when pages differ in weight.
    let chunk = pages.len().div_ceil(threads * 4).max(1);
    let mut parts: Vec<&mut [Page]> = pages.chunks_mut(chunk).collect();
    let next = std::sync::Mutex::new(parts.iter_mut().enumerate());
    let results: Vec<Result<Vec<Stream>, DossierError>> = std::thread::scope(|scope| {
        let run = || {
            let mut out = Vec::new();
            loop {
                let taken = next.lock().ok().and_then(|mut it| it.next());
                let Some((index, part)) = taken else {
                    break;
                };
                out.push((index, work(part)));
            }
            out
        };
        let helpers: Vec<_> = (1..threads)
            .filter_map(|_| {
                std::thread::Builder::new()
                    .name("dossier-pages".to_owned())
                    .spawn_scoped(scope, run)
                    .ok()
            })
            .collect();
        // This thread works too, reporting progress between its runs.
        let mut mine = Vec::new();
        loop {
            let taken = next.lock().ok().and_then(|mut it| it.next());
            let Some((index, part)) = taken else {
                break;
            };
            mine.push((index, work(part)));
            progress(done.load(Ordering::Relaxed));
        }
        for helper in helpers {
            match helper.join() {
                Ok(out) => mine.extend(out),
                Err(_) => mine.push((
                    usize::MAX,
                    Err(DossierError::Pdf("a page writer failed".to_owned())),
                )),
            }
        }
        mine.sort_by_key(|(index, _)| *index);
        mine.into_iter().map(|(_, result)| result).collect()
    });
    progress(done.load(Ordering::Relaxed));
    let mut streams = Vec::with_capacity(pages.len());
    for result in results {
        streams.extend(result?);
    }
    if streams.len() != pages.len() {
        return Err(DossierError::Pdf("a page was not written".to_owned()));
    }
    Ok(streams)
}

/// Writes the laid-out pages into a lopdf document (links, outline and attachments come later).
pub fn write(
    fonts: &Fonts,
    paper: PageSize,
    laid: &mut Laid,
    pictures: BTreeMap<usize, Picture>,
    progress: &mut dyn FnMut(u32, u32),
    cancel: &AtomicBool,
) -> Result<Document, DossierError> {
    let mut doc = Document::with_version("1.7");
    doc.reference_table.cross_reference_type = lopdf::xref::XrefType::CrossReferenceTable;

    // Fonts: only the faces used, each subset to the characters it draws.
    let mut font_dict = Dictionary::new();
    let mut codes: Vec<Codes> = Vec::new();
    for (index, chars) in used_chars(&laid.pages, fonts.face_count())
        .iter()
        .enumerate()
    {
        if chars.is_empty() {
            codes.push(Codes::new([]));
            continue;
        }
        let face = FaceId(index);
        let (id, face_codes) = fontfile::embed(&mut doc, fonts, face, chars)?;
        font_dict.set(content::font_name(face), Object::Reference(id));
        codes.push(face_codes);
    }

    // Images: one XObject per file.
    let mut orientations = BTreeMap::new();
    let mut xobject_dict = Dictionary::new();
    for (key, picture) in pictures {
        orientations.insert(key, picture.orientation);
        let id = doc.add_object(xobject(picture));
        xobject_dict.set(content::image_name(key), Object::Reference(id));
    }

    let fonts_id = doc.add_object(font_dict);
    let xobjects_id = doc.add_object(xobject_dict);
    let extgstates_id = doc.add_object(Dictionary::new());
    let shadings_id = doc.add_object(Dictionary::new());

    let total = u32::try_from(laid.pages.len()).unwrap_or(u32::MAX);
    let streams = page_streams(
        &mut laid.pages,
        &codes,
        &orientations,
        &mut |done| progress(done, total),
        cancel,
    )?;

    let pages_id = doc.new_object_id();
    let media_box = Object::Array(vec![
        0.into(),
        0.into(),
        Object::Real(paper.width),
        Object::Real(paper.height),
    ]);
    let mut kids = Vec::with_capacity(streams.len());
    for stream in streams {
        let mut resources = Dictionary::new();
        resources.set("Font", Object::Reference(fonts_id));
        resources.set("XObject", Object::Reference(xobjects_id));
        resources.set("ExtGState", Object::Reference(extgstates_id));
        resources.set("Shading", Object::Reference(shadings_id));
        let mut page = Dictionary::new();
        page.set("Type", Object::Name(b"Page".to_vec()));
        page.set("MediaBox", media_box.clone());
        page.set("TrimBox", media_box.clone());
        page.set("CropBox", media_box.clone());
        page.set("Parent", Object::Reference(pages_id));
        page.set("Resources", Object::Reference(doc.add_object(resources)));
        page.set("Contents", Object::Reference(doc.add_object(stream)));
        page.set("Annots", Object::Array(Vec::new()));
        kids.push(Object::Reference(doc.add_object(page)));
    }
    let count = i64::try_from(kids.len()).unwrap_or(i64::MAX);
    let mut tree = Dictionary::new();
    tree.set("Type", Object::Name(b"Pages".to_vec()));
    tree.set("Count", count);
    tree.set("Kids", Object::Array(kids));
    doc.objects.insert(pages_id, Object::Dictionary(tree));

    let mut catalog = Dictionary::new();
    catalog.set("Type", Object::Name(b"Catalog".to_vec()));
    catalog.set("PageLayout", Object::Name(b"OneColumn".to_vec()));
    catalog.set("PageMode", Object::Name(b"UseNone".to_vec()));
    catalog.set("Pages", Object::Reference(pages_id));
    let catalog_id: ObjectId = doc.add_object(catalog);
    doc.trailer.set("Root", Object::Reference(catalog_id));
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_character_drawn_is_counted_once_per_face() {
        let text = |face: usize, text: &str| Item::Text {
            x: 0.0,
            y: 0.0,
            size: 10.0,
            face: FaceId(face),
            text: text.to_owned(),
            color: crate::layout::Rgb::BLACK,
        };
        let pages = vec![
            Page {
                items: vec![text(0, "bac"), text(1, "é")],
            },
            Page {
                items: vec![text(0, "a€")],
            },
        ];
        let used = used_chars(&pages, 3);
        assert_eq!(used, vec![vec!['a', 'b', 'c', '€'], vec!['é'], vec![]]);
    }
}
