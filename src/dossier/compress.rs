//! Deflate (zlib format, `/FlateDecode`) for the dossier's streams: one fast level, one
//! implementation, so every stream is compressed the same way whichever thread does it.
//!
//! zlib-rs at level 2 makes the page contents about 4 times faster than miniz_oxide (flate2's
//! default back end) at zlib's default level 6, for about a third more bytes on text streams
//! (a percent or two of a dossier with pictures). Its output depends only on the input and the
//! level (no CPU-dependent choices), so the dossier stays deterministic across machines.

/// The level used for content streams, fonts and the like.
pub const LEVEL: i32 = 2;

/// The zlib-compressed bytes of `data` at [`LEVEL`], or `None` when compression fails (the
/// caller then keeps the stream as it is, still a valid PDF).
pub fn deflate(data: &[u8]) -> Option<Vec<u8>> {
    deflate_at(data, LEVEL)
}

/// [`deflate`] at a given zlib level (0–9).
pub fn deflate_at(data: &[u8], level: i32) -> Option<Vec<u8>> {
    let mut out = vec![0_u8; zlib_rs::compress_bound(data.len())];
    let (compressed, code) =
        zlib_rs::compress_slice(&mut out, data, zlib_rs::DeflateConfig::new(level));
    if code != zlib_rs::ReturnCode::Ok {
        return None;
    }
    let len = compressed.len();
    out.truncate(len);
    Some(out)
}

/// A stream's content compressed, when that saves more than the `/Filter /FlateDecode` entry
/// costs; `None` when it is better stored as it is.
pub fn worth_deflating(data: &[u8]) -> Option<Vec<u8>> {
    deflate(data).filter(|compressed| compressed.len() + 19 < data.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read as _;

    #[test]
    fn round_trips_through_a_standard_inflater() {
        let text: Vec<u8> = (0..5000u32)
            .flat_map(|i| format!("1 0 0 1 {} {} Tm (x{i}) Tj\n", i % 500, i / 7).into_bytes())
            .collect();
        let compressed = deflate(&text).unwrap();
        assert!(compressed.len() < text.len() / 3, "{}", compressed.len());
        let mut back = Vec::new();
        flate2::read::ZlibDecoder::new(compressed.as_slice())
            .read_to_end(&mut back)
            .unwrap();
        assert_eq!(back, text);
        // Same input, same bytes.
        assert_eq!(deflate(&text), Some(compressed));
    }

    #[test]
    fn incompressible_data_is_left_alone() {
        // A short pseudo-random run: deflate cannot win 19 bytes on it.
        let mut x: u32 = 2_463_534_242;
        let noise: Vec<u8> = (0..64)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                x.to_le_bytes()[0]
            })
            .collect();
        assert_eq!(worth_deflating(&noise), None);
        assert!(worth_deflating(&[b'a'; 1000]).is_some());
    }
}
