//! The annotations of an exhibit PDF's page that a printed copy shows: filled form fields,
//! stamps, signatures and any other annotation with a normal appearance whose *Print* flag is
//! set and which is not hidden (PDF 32000-1:2008, 12.5.3 and 12.5.5). Each is found as its
//! appearance stream and the matrix that maps that stream's box onto the annotation's
//! rectangle, so the importer can draw it over the page like a viewer printing it.

use lopdf::{Dictionary, Document, Object, ObjectId};

/// At most this many annotations are drawn per page (a damaged or hostile file may list
/// thousands; the rest are left out, the original stays attached).
pub const MAX_PER_PAGE: usize = 500;

/// Annotation flag: hidden (never shown nor printed).
const HIDDEN: i64 = 1 << 1;

/// Annotation flag: printed.
const PRINT: i64 = 1 << 2;

/// One annotation to draw: the source's appearance stream and where it goes (a matrix from
/// the stream's space to the page's).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Appearance {
    /// The appearance stream (a form XObject) in the source document.
    pub stream: ObjectId,
    /// `a b c d e f` for `cm` before drawing the stream.
    pub matrix: [f32; 6],
}

/// The printable annotations of `page`, in their order on the page.
pub fn printable(doc: &Document, page: ObjectId) -> Vec<Appearance> {
    let Some(annots) = doc
        .get_dictionary(page)
        .ok()
        .and_then(|d| d.get(b"Annots").ok())
        .and_then(|a| doc.dereference(a).ok())
        .and_then(|(_, a)| a.as_array().ok())
    else {
        return Vec::new();
    };
    annots
        .iter()
        .filter_map(|annot| {
            let (_, annot) = doc.dereference(annot).ok()?;
            appearance(doc, annot.as_dict().ok()?)
        })
        .take(MAX_PER_PAGE)
        .collect()
}

/// An annotation's appearance when it is printed and has one.
fn appearance(doc: &Document, annot: &Dictionary) -> Option<Appearance> {
    let flags = number(doc, annot.get(b"F").ok()).map_or(0, |f| f as i64);
    if flags & HIDDEN != 0 || flags & PRINT == 0 {
        return None;
    }
    let rect = rectangle(doc, annot.get(b"Rect").ok()?)?;
    let normal = doc
        .dereference(annot.get(b"AP").ok()?)
        .ok()
        .and_then(|(_, ap)| ap.as_dict().ok())
        .and_then(|ap| ap.get(b"N").ok())?;
    // The normal appearance: a stream, or one per state (a check box) chosen by /AS.
    let stream = match normal {
        Object::Reference(id) => match doc.get_object(*id).ok()? {
            Object::Stream(_) => *id,
            Object::Dictionary(states) => state(annot, states)?,
            _ => return None,
        },
        Object::Dictionary(states) => state(annot, states)?,
        _ => return None,
    };
    let dict = &doc.get_object(stream).ok()?.as_stream().ok()?.dict;
    let bbox = rectangle(doc, dict.get(b"BBox").ok()?)?;
    let form_matrix = dict
        .get(b"Matrix")
        .ok()
        .and_then(|m| doc.dereference(m).ok())
        .and_then(|(_, m)| m.as_array().ok())
        .and_then(|m| {
            let values: Vec<f32> = m.iter().filter_map(|v| number(doc, Some(v))).collect();
            <[f32; 6]>::try_from(values).ok()
        })
        .unwrap_or([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);
    Some(Appearance {
        stream,
        matrix: onto(bbox, form_matrix, rect)?,
    })
}

/// The appearance stream of the annotation's current state (`/AS`).
fn state(annot: &Dictionary, states: &Dictionary) -> Option<ObjectId> {
    let current = annot.get(b"AS").and_then(Object::as_name).ok()?;
    states.get(current).and_then(Object::as_reference).ok()
}

/// A number, through a reference if need be.
fn number(doc: &Document, value: Option<&Object>) -> Option<f32> {
    let (_, value) = doc.dereference(value?).ok()?;
    value.as_float().ok().filter(|v| v.is_finite())
}

/// A rectangle `[x0 y0 x1 y1]`, normalised.
fn rectangle(doc: &Document, value: &Object) -> Option<[f32; 4]> {
    let (_, value) = doc.dereference(value).ok()?;
    let values: Vec<f32> = value
        .as_array()
        .ok()?
        .iter()
        .filter_map(|v| number(doc, Some(v)))
        .collect();
    let [a, b, c, d] = <[f32; 4]>::try_from(values).ok()?;
    Some([a.min(c), b.min(d), a.max(c), b.max(d)])
}

/// The matrix that maps an appearance stream's box, once transformed by its own `/Matrix`,
/// onto the annotation's rectangle (PDF 32000-1, 12.5.5): `None` when the box is flat.
pub fn onto(bbox: [f32; 4], form: [f32; 6], rect: [f32; 4]) -> Option<[f32; 6]> {
    let [a, b, c, d, e, f] = form;
    let corners = [
        (bbox[0], bbox[1]),
        (bbox[2], bbox[1]),
        (bbox[0], bbox[3]),
        (bbox[2], bbox[3]),
    ]
    .map(|(x, y)| (a * x + c * y + e, b * x + d * y + f));
    let xs = corners.map(|p| p.0);
    let ys = corners.map(|p| p.1);
    let min_x = xs.iter().copied().fold(f32::INFINITY, f32::min);
    let max_x = xs.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let min_y = ys.iter().copied().fold(f32::INFINITY, f32::min);
    let max_y = ys.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let (w, h) = (max_x - min_x, max_y - min_y);
    if w <= f32::EPSILON || h <= f32::EPSILON {
        return None;
    }
    let sx = (rect[2] - rect[0]) / w;
    let sy = (rect[3] - rect[1]) / h;
    Some([sx, 0.0, 0.0, sy, rect[0] - sx * min_x, rect[1] - sy * min_y])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_box_is_mapped_onto_the_rectangle() {
        // The same size: a translation.
        assert_eq!(
            onto(
                [0.0, 0.0, 100.0, 20.0],
                [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
                [300.0, 500.0, 400.0, 520.0]
            ),
            Some([1.0, 0.0, 0.0, 1.0, 300.0, 500.0])
        );
        // Twice as large, from a box not at the origin.
        assert_eq!(
            onto(
                [10.0, 10.0, 60.0, 20.0],
                [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
                [0.0, 0.0, 100.0, 20.0]
            ),
            Some([2.0, 0.0, 0.0, 2.0, -20.0, -20.0])
        );
        // A stream turned a quarter by its own matrix: its turned box is what is fitted.
        let turned = onto(
            [0.0, 0.0, 20.0, 100.0],
            [0.0, 1.0, -1.0, 0.0, 0.0, 0.0],
            [0.0, 0.0, 100.0, 20.0],
        )
        .unwrap_or_default();
        assert_eq!(turned, [1.0, 0.0, 0.0, 1.0, 100.0, 0.0]);
        assert_eq!(
            onto(
                [0.0, 0.0, 0.0, 10.0],
                [1.0, 0.0, 0.0, 1.0, 0.0, 0.0],
                [0.0; 4]
            ),
            None
        );
    }
}
