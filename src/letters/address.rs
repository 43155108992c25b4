//! Postal addresses as the lines of an address block, and the sender's town for "place and
//! date".

/// The lines of a postal address as written in the case: its own line breaks, else its comma
/// parts, a house number kept with its street (`4512, rue Fabre`) and a province or state code
/// kept with its town (`Toronto, ON  M5V 1Z4`).
pub fn address_lines(address: &str) -> Vec<String> {
    let address = address.trim();
    if address.contains('\n') {
        return address
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
    }
    let mut lines: Vec<String> = Vec::new();
    let mut number_pending = false;
    for part in address.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let region_code = part
            .split_whitespace()
            .next()
            .is_some_and(|w| w.len() == 2 && w.chars().all(|c| c.is_ascii_uppercase()));
        match lines.last_mut() {
            Some(last) if number_pending || region_code => {
                last.push_str(", ");
                last.push_str(part);
            }
            _ => lines.push(part.to_owned()),
        }
        number_pending = part.chars().all(|c| c.is_ascii_digit());
    }
    lines
}

/// The town of an address, for "Lyon, le …": its last line without postal codes (words with a
/// digit), bracketed regions and what follows a comma; `None` when nothing is left.
pub fn place_of(address: &str) -> Option<String> {
    let last = address_lines(address).pop()?;
    let last = last.split(',').next().unwrap_or_default();
    let last = last.split('(').next().unwrap_or_default();
    let words: Vec<&str> = last
        .split_whitespace()
        .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_split_into_block_lines() {
        assert_eq!(
            address_lines("2250, boulevard Industriel, Laval (Québec)  H7S 1P8"),
            ["2250, boulevard Industriel", "Laval (Québec)  H7S 1P8"]
        );
        assert_eq!(
            address_lines("221 Queen Street West, Apt 5, Toronto, ON  M5V 1Z4"),
            ["221 Queen Street West", "Apt 5", "Toronto, ON  M5V 1Z4"]
        );
        assert_eq!(address_lines("1 High St\nLondon"), ["1 High St", "London"]);
    }

    #[test]
    fn the_place_is_the_town() {
        assert_eq!(
            place_of("12 rue Paul Bert, 69003 Lyon").as_deref(),
            Some("Lyon")
        );
        assert_eq!(
            place_of("4512, rue Fabre, Montréal (Québec)  H2J 3V1").as_deref(),
            Some("Montréal")
        );
        assert_eq!(
            place_of("221 Queen Street West, Apt 5, Toronto, ON  M5V 1Z4").as_deref(),
            Some("Toronto")
        );
        assert_eq!(
            place_of("10 Baker Street, London NW1 6XE").as_deref(),
            Some("London")
        );
        assert_eq!(place_of("75001"), None);
    }
}
