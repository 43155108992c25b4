//! Pages of exhibit PDFs placed in the dossier as vector pages: each page is imported into the
//! dossier's lopdf document as a form XObject (`/Type /XObject /Subtype /Form`, its `/BBox`
//! the page's crop box, its content the page's content streams joined, its `/Resources` the
//! page's own or inherited ones, every object they reach copied and renumbered, once per
//! exhibit), then drawn scaled into the box the layout reserved for it ([`Item::Form`]),
//! turned by the page's `/Rotate`. Nothing is rasterised: the exhibit's text stays text. The
//! page's printable annotations (filled form fields, stamps, signatures: see
//! [`super::annotations`]) are drawn over it by an outer form, as a printed copy shows them.
//!
//! The page tree is never followed (a `/Page` or `/Pages` reached from a resource becomes
//! `null`), so importing one page does not drag in its whole document.

use super::annotations;
use super::pdf_exhibit::{self, PageGeometry};
use crate::layout::{Item, Laid};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream};
use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::path::PathBuf;

/// A page of an exhibit PDF to draw on a page of the dossier.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placement {
    /// The dossier's page, from 0.
    pub page: usize,
    /// The exhibit's key (its index in the dossier's exhibits).
    pub document: usize,
    /// The exhibit's page, from 0.
    pub source_page: usize,
    /// The box: left, bottom, width, height.
    pub rect: [f32; 4],
}

/// Every page of an exhibit PDF the layout placed, in page order.
pub fn placements(laid: &Laid) -> Vec<Placement> {
    let mut out = Vec::new();
    for (index, page) in laid.pages.iter().enumerate() {
        for item in &page.items {
            if let Item::Form {
                document,
                page: source_page,
                x,
                y,
                w,
                h,
            } = item
            {
                out.push(Placement {
                    page: index,
                    document: *document,
                    source_page: *source_page,
                    rect: [*x, *y, *w, *h],
                });
            }
        }
    }
    out
}

/// An exhibit PDF to import from: its stored file and size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Where it is read from.
    pub path: PathBuf,
    /// Its size in bytes.
    pub size: u64,
}

/// Imports and draws every placed page, one exhibit at a time (one source document in memory
/// at once). Returns how many pages were drawn. An exhibit that cannot be read again (its file
/// changed since it was checked) leaves its boxes empty; its page already says what it is.
pub fn draw_all(
    doc: &mut Document,
    placements: &[Placement],
    sources: &BTreeMap<usize, Source>,
) -> usize {
    let targets: Vec<ObjectId> = doc.get_pages().into_values().collect();
    let mut by_document: BTreeMap<usize, Vec<&Placement>> = BTreeMap::new();
    for p in placements {
        by_document.entry(p.document).or_default().push(p);
    }
    let mut drawn = 0;
    let mut wrapped = HashSet::new();
    for (key, placed) in by_document {
        let Some(source) = sources.get(&key) else {
            continue;
        };
        let Ok(src) = pdf_exhibit::load(&source.path, source.size) else {
            continue;
        };
        let pages: Vec<ObjectId> = src.get_pages().into_values().collect();
        let mut importer = Importer::new(&src);
        for p in placed {
            let (Some(page), Some(target)) = (pages.get(p.source_page), targets.get(p.page)) else {
                continue;
            };
            let Some((form, geometry)) = importer.form(doc, *page) else {
                continue;
            };
            let name = format!("Ex{key}p{}", p.source_page);
            // A page's own content is wrapped once, before its first form.
            let wrap = wrapped.insert(*target);
            if draw(doc, *target, &name, form, &geometry, p.rect, wrap).is_some() {
                drawn += 1;
            }
        }
    }
    drawn
}

/// Copies objects from one document into another, renumbering them; each source object is
/// copied once.
pub struct Importer<'s> {
    src: &'s Document,
    map: HashMap<ObjectId, ObjectId>,
    queue: VecDeque<(ObjectId, ObjectId)>,
}

impl<'s> Importer<'s> {
    /// An importer from `src`.
    pub fn new(src: &'s Document) -> Self {
        Self {
            src,
            map: HashMap::new(),
            queue: VecDeque::new(),
        }
    }

    /// Imports page `page` of the source as a form XObject in `dst`: its id and the page's
    /// geometry. `None` when its content cannot be decoded.
    pub fn form(&mut self, dst: &mut Document, page: ObjectId) -> Option<(ObjectId, PageGeometry)> {
        let geometry = pdf_exhibit::geometry(self.src, page);
        let content = pdf_exhibit::content(self.src, page).ok()?;
        let resources = pdf_exhibit::inherited(self.src, page, b"Resources")
            .filter(|r| r.as_dict().is_ok())
            .map_or_else(
                || Object::Dictionary(Dictionary::new()),
                |r| self.value(dst, r),
            );
        let mut dict = Dictionary::new();
        dict.set("Type", Object::Name(b"XObject".to_vec()));
        dict.set("Subtype", Object::Name(b"Form".to_vec()));
        dict.set("FormType", 1);
        dict.set(
            "BBox",
            Object::Array(geometry.bbox.iter().map(|v| Object::Real(*v)).collect()),
        );
        dict.set("Resources", resources);
        // A page drawn as a transparency group keeps its group (blending as on its page).
        if let Some(group) = self
            .src
            .get_dictionary(page)
            .ok()
            .and_then(|d| d.get(b"Group").ok())
            .cloned()
        {
            let group = self.value(dst, &group);
            dict.set("Group", group);
        }
        let page_form = dst.add_object(Stream::new(dict, content));
        // Printable annotations (filled fields, stamps, signatures) go over the page, as a
        // printed copy shows them: an outer form draws the page, then each appearance.
        let shown = annotations::printable(self.src, page);
        let id = if shown.is_empty() {
            page_form
        } else {
            let mut xobjects = Dictionary::new();
            xobjects.set("PTPage", Object::Reference(page_form));
            let mut ops = b"q /PTPage Do Q\n".to_vec();
            for (index, appearance) in shown.iter().enumerate() {
                let name = format!("PTAnnot{index}");
                let stream = self.reference(dst, appearance.stream);
                xobjects.set(name.as_bytes().to_vec(), Object::Reference(stream));
                let [a, b, c, d, e, f] = appearance.matrix;
                ops.extend_from_slice(
                    format!("q {a} {b} {c} {d} {e} {f} cm /{name} Do Q\n").as_bytes(),
                );
            }
            let mut outer = Dictionary::new();
            outer.set("Type", Object::Name(b"XObject".to_vec()));
            outer.set("Subtype", Object::Name(b"Form".to_vec()));
            outer.set("FormType", 1);
            outer.set(
                "BBox",
                Object::Array(geometry.bbox.iter().map(|v| Object::Real(*v)).collect()),
            );
            let mut resources = Dictionary::new();
            resources.set("XObject", Object::Dictionary(xobjects));
            outer.set("Resources", Object::Dictionary(resources));
            dst.add_object(Stream::new(outer, ops))
        };
        self.flush(dst);
        Some((id, geometry))
    }

    /// The dossier's id for a source object, copied (later, by [`Self::flush`]) the first time.
    fn reference(&mut self, dst: &mut Document, id: ObjectId) -> ObjectId {
        if let Some(new) = self.map.get(&id) {
            return *new;
        }
        let new = dst.new_object_id();
        self.map.insert(id, new);
        self.queue.push_back((id, new));
        new
    }

    /// Copies every object reached so far: a work list rather than recursion, so a deep or
    /// looping graph cannot overflow the stack.
    fn flush(&mut self, dst: &mut Document) {
        while let Some((old, new)) = self.queue.pop_front() {
            let object = match self.src.get_object(old) {
                Ok(object) if !is_page_tree(object) => self.value(dst, object),
                _ => Object::Null,
            };
            dst.objects.insert(new, object);
        }
    }

    /// A copy of a value, its references renumbered.
    fn value(&mut self, dst: &mut Document, object: &Object) -> Object {
        match object {
            Object::Reference(id) => Object::Reference(self.reference(dst, *id)),
            Object::Array(items) => {
                Object::Array(items.iter().map(|item| self.value(dst, item)).collect())
            }
            Object::Dictionary(dict) => Object::Dictionary(self.dictionary(dst, dict)),
            Object::Stream(stream) => {
                let mut dict = self.dictionary(dst, &stream.dict);
                dict.set("Length", i64::try_from(stream.content.len()).unwrap_or(0));
                let mut copy = Stream::new(dict, stream.content.clone());
                copy.allows_compression = stream.allows_compression;
                Object::Stream(copy)
            }
            other => other.clone(),
        }
    }

    fn dictionary(&mut self, dst: &mut Document, dict: &Dictionary) -> Dictionary {
        let mut out = Dictionary::new();
        for (key, value) in dict {
            if key.as_slice() == b"Parent" {
                continue;
            }
            let copied = self.value(dst, value);
            out.set(key.clone(), copied);
        }
        out
    }
}

/// Whether an object is a node of the page tree (never copied).
fn is_page_tree(object: &Object) -> bool {
    let dict = match object {
        Object::Dictionary(dict) => dict,
        Object::Stream(stream) => &stream.dict,
        _ => return false,
    };
    matches!(
        dict.get(b"Type").and_then(Object::as_name),
        Ok(b"Page" | b"Pages")
    )
}

/// Draws form `form` under resource name `name` into `rect` on dossier page `target`: the
/// page's own content is wrapped in `q … Q` (when `wrap`) so that whatever state it leaves
/// does not reach the form, then the form is drawn with the matrix that scales and turns it
/// into the box.
fn draw(
    doc: &mut Document,
    target: ObjectId,
    name: &str,
    form: ObjectId,
    geometry: &PageGeometry,
    rect: [f32; 4],
    wrap: bool,
) -> Option<()> {
    let [x, y, w, _] = rect;
    let m = geometry.matrix(x, y, w);
    let page = doc.get_dictionary(target).ok()?.clone();

    // The page's resources, made its own (printpdf may share one dictionary between pages).
    let mut resources = match page.get(b"Resources") {
        Ok(Object::Reference(id)) => doc.get_dictionary(*id).ok()?.clone(),
        Ok(Object::Dictionary(dict)) => dict.clone(),
        _ => Dictionary::new(),
    };
    let mut xobjects = match resources.get(b"XObject") {
        Ok(Object::Reference(id)) => doc.get_dictionary(*id).ok()?.clone(),
        Ok(Object::Dictionary(dict)) => dict.clone(),
        _ => Dictionary::new(),
    };
    xobjects.set(name.as_bytes().to_vec(), Object::Reference(form));
    resources.set("XObject", Object::Dictionary(xobjects));

    let mut contents: Vec<Object> = match page.get(b"Contents") {
        Ok(Object::Reference(id)) => vec![Object::Reference(*id)],
        Ok(Object::Array(items)) => items.clone(),
        _ => Vec::new(),
    };
    if wrap {
        let open = doc.add_object(Stream::new(Dictionary::new(), b"q\n".to_vec()));
        contents.insert(0, Object::Reference(open));
        let close = doc.add_object(Stream::new(Dictionary::new(), b"\nQ\n".to_vec()));
        contents.push(Object::Reference(close));
    }
    let ops = format!(
        "q {} {} {} {} {} {} cm /{name} Do Q\n",
        m[0], m[1], m[2], m[3], m[4], m[5]
    );
    let drawing = doc.add_object(Stream::new(Dictionary::new(), ops.into_bytes()));
    contents.push(Object::Reference(drawing));

    let page = doc
        .get_object_mut(target)
        .and_then(Object::as_dict_mut)
        .ok()?;
    page.set("Resources", Object::Dictionary(resources));
    page.set("Contents", Object::Array(contents));
    Some(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use lopdf::StringFormat;

    fn dict(entries: Vec<(&str, Object)>) -> Dictionary {
        entries.into_iter().collect()
    }

    fn name(text: &str) -> Object {
        Object::Name(text.as_bytes().to_vec())
    }

    /// A two-page PDF made with lopdf: the resources, media box and rotation inherited from
    /// the page tree, the first page's content split over two streams, a WinAnsi font.
    pub(crate) fn sample() -> Vec<u8> {
        let mut doc = Document::with_version("1.5");
        let pages_id = doc.new_object_id();
        let font = doc.add_object(dict(vec![
            ("Type", name("Font")),
            ("Subtype", name("Type1")),
            ("BaseFont", name("Helvetica")),
            ("Encoding", name("WinAnsiEncoding")),
        ]));
        let resources = doc.add_object(dict(vec![(
            "Font",
            Object::Dictionary(dict(vec![("F1", font.into())])),
        )]));
        let text = |s: &str| {
            // WinAnsi: é is 0xE9.
            let bytes: Vec<u8> = s
                .chars()
                .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
                .collect();
            Object::String(bytes, StringFormat::Literal)
        };
        let first_a = doc.add_object(Stream::new(
            Dictionary::new(),
            b"BT /F1 14 Tf 72 700 Td".to_vec(),
        ));
        let mut ops = b" (".to_vec();
        if let Object::String(bytes, _) = text("Livraison promise le 10 septembre, réf. été") {
            ops.extend(bytes);
        }
        ops.extend_from_slice(b") Tj ET");
        let first_b = doc.add_object(Stream::new(Dictionary::new(), ops));
        let page1 = doc.add_object(dict(vec![
            ("Type", name("Page")),
            ("Parent", pages_id.into()),
            (
                "Contents",
                vec![Object::Reference(first_a), Object::Reference(first_b)].into(),
            ),
        ]));
        let second = doc.add_object(Stream::new(
            Dictionary::new(),
            b"BT /F1 12 Tf 72 500 Td (Page two) Tj ET".to_vec(),
        ));
        let page2 = doc.add_object(dict(vec![
            ("Type", name("Page")),
            ("Parent", pages_id.into()),
            ("Contents", second.into()),
            ("Rotate", 90.into()),
        ]));
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dict(vec![
                ("Type", name("Pages")),
                (
                    "Kids",
                    vec![Object::Reference(page1), Object::Reference(page2)].into(),
                ),
                ("Count", 2.into()),
                ("Resources", resources.into()),
                (
                    "MediaBox",
                    vec![0.into(), 0.into(), 595.into(), 842.into()].into(),
                ),
            ])),
        );
        let catalog = doc.add_object(dict(vec![
            ("Type", name("Catalog")),
            ("Pages", pages_id.into()),
        ]));
        doc.trailer.set("Root", catalog);
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        out
    }

    #[test]
    fn inherited_attributes_and_split_content_are_read() {
        let src = pdf_exhibit::load_mem(&sample()).unwrap();
        let read = pdf_exhibit::pages_of(&src).unwrap();
        assert_eq!(read.total, 2);
        assert_eq!(read.pages[0].bbox, [0.0, 0.0, 595.0, 842.0]);
        assert_eq!(read.pages[1].rotate, 90);
        assert_eq!(read.pages[1].display_size(), (842.0, 595.0));
        let pages: Vec<ObjectId> = src.get_pages().into_values().collect();
        let content = pdf_exhibit::content(&src, pages[0]).unwrap();
        assert!(content.starts_with(b"BT /F1 14 Tf 72 700 Td\n ("));
    }

    #[test]
    fn an_imported_page_keeps_its_text_and_fonts_and_not_its_page_tree() {
        let src = pdf_exhibit::load_mem(&sample()).unwrap();
        let pages: Vec<ObjectId> = src.get_pages().into_values().collect();
        let mut dst = Document::with_version("1.7");
        let mut importer = Importer::new(&src);
        let (form, geometry) = importer.form(&mut dst, pages[0]).unwrap();
        // The second page shares the font: copied once.
        importer.form(&mut dst, pages[1]).unwrap();
        let fonts = dst
            .objects
            .values()
            .filter(|o| {
                o.as_dict()
                    .is_ok_and(|d| d.get(b"Type").and_then(Object::as_name).ok() == Some(b"Font"))
            })
            .count();
        assert_eq!(fonts, 1, "the shared font is copied once");
        assert!(
            dst.objects.values().all(|o| !is_page_tree(o)),
            "no page tree copied"
        );
        let stream = dst.get_object(form).unwrap().as_stream().unwrap();
        assert_eq!(
            stream.dict.get(b"Subtype").unwrap().as_name().unwrap(),
            b"Form"
        );
        assert_eq!(geometry.bbox, [0.0, 0.0, 595.0, 842.0]);
        let resources = stream.dict.get(b"Resources").unwrap().as_dict().unwrap();
        let f1 = resources
            .get(b"Font")
            .unwrap()
            .as_dict()
            .unwrap()
            .get(b"F1")
            .unwrap()
            .as_reference()
            .unwrap();
        assert_eq!(
            dst.get_dictionary(f1)
                .unwrap()
                .get(b"BaseFont")
                .unwrap()
                .as_name()
                .unwrap(),
            b"Helvetica"
        );
        assert!(
            contains_bytes(&stream.content, b"10 septembre, r\xE9f. \xE9t\xE9"),
            "the accented text is copied as it was"
        );
    }

    fn contains_bytes(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }
}
