//! Embedding one face in the PDF: subset with allsorts to the characters drawn, then written as
//! a composite font (`/Type0`, `/Identity-H`, a `CIDFontType2` descendant with `/W` widths read
//! from the embedded program, a `/ToUnicode` map so text can be copied and searched). The codes
//! of the content streams are the subset's glyph ids ([`Codes`]).

use super::DossierError;
use super::content::Codes;
use crate::layout::{FaceId, Fonts};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream, StringFormat};
use sha2::{Digest as _, Sha256};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// A subset of one face holding just the glyphs of `chars` (sorted), and whether subsetting
/// worked (`false`: the whole face, glyph ids unchanged).
fn subset_program(fonts: &Fonts, face: FaceId, glyphs: &[u16]) -> (Vec<u8>, bool) {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile, subset};

    let bytes = fonts.face_bytes(face);
    let subset_bytes = ReadScope::new(bytes)
        .read::<FontData<'_>>()
        .ok()
        .and_then(|data| data.table_provider(0).ok())
        .and_then(|provider| {
            subset(&provider, glyphs, &SubsetProfile::Pdf, CmapTarget::Unicode).ok()
        });
    match subset_bytes {
        Some(subset) if ttf_parser::Face::parse(&subset, 0).is_ok() => (subset, true),
        _ => (bytes.to_vec(), false),
    }
}

/// A deterministic six-letter subset tag derived from the glyph set (`ABCDEF+DejaVuSans`).
fn subset_tag(glyphs: &[u16]) -> String {
    let digest = Sha256::digest(
        glyphs
            .iter()
            .flat_map(|g| g.to_be_bytes())
            .collect::<Vec<u8>>(),
    );
    digest
        .iter()
        .take(6)
        .map(|b| char::from(b'A' + b % 26))
        .collect()
}

/// The `/ToUnicode` CMap: each code to the character it draws (the first, when several
/// characters share a glyph).
fn to_unicode(codes: &BTreeMap<u16, char>) -> Vec<u8> {
    let mut out = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<(&u16, &char)> = codes.iter().collect();
    for block in entries.chunks(100) {
        writeln!(out, "{} beginbfchar", block.len()).ok();
        for (code, ch) in block {
            write!(out, "<{code:04X}> <").ok();
            let mut units = [0_u16; 2];
            for unit in ch.encode_utf16(&mut units) {
                write!(out, "{unit:04X}").ok();
            }
            out.push_str(">\n");
        }
        out.push_str("endbfchar\n");
    }
    out.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out.into_bytes()
}

/// The `/W` array: every code from 0 to the highest used, in one run, widths in thousandths of
/// an em as the embedded program has them.
fn widths(program: &ttf_parser::Face<'_>, highest: u16) -> Object {
    let scale = 1000.0 / f32::from(program.units_per_em().max(1));
    let run: Vec<Object> = (0..=highest)
        .map(|gid| {
            let advance = program
                .glyph_hor_advance(ttf_parser::GlyphId(gid))
                .unwrap_or(0);
            Object::Integer((f32::from(advance) * scale).round() as i64)
        })
        .collect();
    Object::Array(vec![Object::Integer(0), Object::Array(run)])
}

/// The font descriptor's metrics, from the original face, in thousandths of an em.
fn descriptor(face: &ttf_parser::Face<'_>, name: &[u8], program: (&str, ObjectId)) -> Dictionary {
    let scale = 1000.0 / f32::from(face.units_per_em().max(1));
    let units = |v: i16| (f32::from(v) * scale).round() as i64;
    let bbox = face.global_bounding_box();
    let ascent = units(face.ascender());
    let italic = face.italic_angle();
    let weight = face.weight().to_number();
    let mut d = Dictionary::new();
    d.set("Type", Object::Name(b"FontDescriptor".to_vec()));
    d.set("FontName", Object::Name(name.to_vec()));
    d.set("Ascent", ascent);
    d.set("Descent", units(face.descender()));
    d.set("CapHeight", face.capital_height().map_or(ascent, units));
    d.set("ItalicAngle", Object::Real(italic));
    // Non-symbolic (Latin text), italic when slanted.
    d.set("Flags", if italic == 0.0 { 32 } else { 32 | 64 });
    // No table gives the stem width: the usual estimate from the weight class.
    d.set(
        "StemV",
        50 + ((f32::from(weight) / 65.0).powi(2)).round() as i64,
    );
    d.set(
        "FontBBox",
        Object::Array(vec![
            units(bbox.x_min).into(),
            units(bbox.y_min).into(),
            units(bbox.x_max).into(),
            units(bbox.y_max).into(),
        ]),
    );
    d.set(program.0, Object::Reference(program.1));
    d
}

/// Adds `face`, subset to `chars`, to the document; returns the font dictionary's id and the
/// codes to write its text with.
pub fn embed(
    doc: &mut Document,
    fonts: &Fonts,
    face: FaceId,
    chars: &[char],
) -> Result<(ObjectId, Codes), DossierError> {
    let original =
        ttf_parser::Face::parse(fonts.face_bytes(face), 0).map_err(|_| DossierError::Font)?;
    let mut glyphs: Vec<u16> = chars.iter().map(|c| fonts.glyph_id(face, *c)).collect();
    glyphs.push(0);
    glyphs.sort_unstable();
    glyphs.dedup();
    let (program_bytes, subset) = subset_program(fonts, face, &glyphs);
    let program = ttf_parser::Face::parse(&program_bytes, 0).map_err(|_| DossierError::Font)?;

    // Codes: the glyph each character has in the embedded program.
    let mut unicode: BTreeMap<u16, char> = BTreeMap::new();
    let mut pairs = Vec::with_capacity(chars.len());
    for ch in chars {
        let code = program.glyph_index(*ch).map_or(0, |g| g.0);
        pairs.push((*ch, code));
        if code != 0 {
            unicode.entry(code).or_insert(*ch);
        }
    }
    let highest = unicode.keys().next_back().copied().unwrap_or(0);
    let w = widths(&program, highest);
    let cmap = to_unicode(&unicode);
    let cff = program_bytes.starts_with(b"OTTO");

    let name = fonts.face_name(face);
    let base: Vec<u8> = if subset {
        format!("{}+{name}", subset_tag(&glyphs)).into_bytes()
    } else {
        name.as_bytes().to_vec()
    };

    let mut file_dict = Dictionary::new();
    if cff {
        file_dict.set("Subtype", Object::Name(b"OpenType".to_vec()));
    } else {
        file_dict.set("Length1", program_bytes.len() as i64);
    }
    let file = doc.add_object(Stream::new(file_dict, program_bytes));
    let key = if cff { "FontFile3" } else { "FontFile2" };
    let descriptor = doc.add_object(descriptor(&original, &base, (key, file)));

    let mut cid = Dictionary::new();
    cid.set("Type", Object::Name(b"Font".to_vec()));
    cid.set(
        "Subtype",
        Object::Name(if cff {
            b"CIDFontType0".to_vec()
        } else {
            b"CIDFontType2".to_vec()
        }),
    );
    cid.set("BaseFont", Object::Name(base.clone()));
    let mut system = Dictionary::new();
    system.set(
        "Registry",
        Object::String(b"Adobe".to_vec(), StringFormat::Literal),
    );
    system.set(
        "Ordering",
        Object::String(b"Identity".to_vec(), StringFormat::Literal),
    );
    system.set("Supplement", 0);
    cid.set("CIDSystemInfo", Object::Dictionary(system));
    cid.set("FontDescriptor", Object::Reference(descriptor));
    cid.set("DW", 1000);
    cid.set("W", w);
    if !cff {
        cid.set("CIDToGIDMap", Object::Name(b"Identity".to_vec()));
    }

    let to_unicode = doc.add_object(Stream::new(Dictionary::new(), cmap));
    let mut font = Dictionary::new();
    font.set("Type", Object::Name(b"Font".to_vec()));
    font.set("Subtype", Object::Name(b"Type0".to_vec()));
    font.set("BaseFont", Object::Name(base));
    font.set("Encoding", Object::Name(b"Identity-H".to_vec()));
    font.set(
        "DescendantFonts",
        Object::Array(vec![Object::Dictionary(cid)]),
    );
    font.set("ToUnicode", Object::Reference(to_unicode));
    Ok((doc.add_object(font), Codes::new(pairs)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subset_maps_every_character_and_copies_back_as_text() {
        let fonts = Fonts::dejavu().unwrap();
        let chars: Vec<char> = "Pièce n°3 — «œ»".chars().collect();
        let mut doc = Document::with_version("1.7");
        let (id, codes) = embed(&mut doc, &fonts, FaceId(0), &chars).unwrap();
        // Every character has a glyph of its own in the subset, the subset is small.
        for ch in &chars {
            assert_ne!(codes.code(*ch), 0, "{ch:?}");
        }
        assert_eq!(codes.code('Z'), 0);
        let font = doc.get_dictionary(id).unwrap();
        let base = font.get(b"BaseFont").unwrap().as_name().unwrap();
        assert!(
            base.ends_with(b"+DejaVuSans"),
            "{}",
            String::from_utf8_lossy(base)
        );
        let cmap_id = font.get(b"ToUnicode").unwrap().as_reference().unwrap();
        let cmap = &doc
            .get_object(cmap_id)
            .unwrap()
            .as_stream()
            .unwrap()
            .content;
        let cmap = String::from_utf8_lossy(cmap);
        let e = format!("<{:04X}> <00E8>", codes.code('è'));
        assert!(cmap.contains(&e), "{cmap}");
        let program = doc
            .objects
            .values()
            .filter_map(|o| o.as_stream().ok())
            .find(|s| s.dict.has(b"Length1"))
            .unwrap();
        assert!(program.content.len() < fonts.face_bytes(FaceId(0)).len() / 10);
    }
}
