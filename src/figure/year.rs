//! The year of a figure's rows: a row's own `year`, else the one year the figure's title
//! gives all of them ("ICT service exports …, 2023"), so a table copied out of toli keeps it.

use crate::corpus::model::{Bi, FigureRow};

/// The year a title gives the whole figure: a year after a comma that ends the title or its
/// first part ("…, 2023", "…, 2023: shares"), the same in every language the title is written
/// in. A year in brackets or inside a name ("GII 2023", "HSE (2018)") may be a source's or an
/// edition's, not the data's, and is not taken.
pub fn stated_year(title: &Bi<String>) -> Option<i32> {
    let years: Vec<Option<i32>> = [&title.en, &title.mn]
        .into_iter()
        .flatten()
        .map(|t| year_after_comma(t))
        .collect();
    let first = *years.first()?;
    years.iter().all(|&y| y == first).then_some(first).flatten()
}

fn year_after_comma(title: &str) -> Option<i32> {
    let head = title.split(':').next()?.trim_end();
    let (_, last) = head.rsplit_once(", ")?;
    let year = last.trim();
    let plausible = year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit());
    plausible.then(|| year.parse().ok()).flatten()
}

/// Each row's year: its own, else the one the title gives the figure.
pub fn row_years(title: &Bi<String>, rows: &[&FigureRow]) -> Vec<Option<i32>> {
    let stated = stated_year(title);
    rows.iter().map(|r| r.year.or(stated)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(en: &str, mn: &str) -> Bi<String> {
        Bi {
            en: Some(en.to_string()),
            mn: Some(mn.to_string()),
        }
    }

    #[test]
    fn a_year_after_the_titles_comma_is_every_rows() {
        let t = title(
            "ICT service exports of Mongolia and similar-sized peers, 2023",
            "Монгол болон ижил хэмжээний орнуудын МХХТ-ийн үйлчилгээний экспорт, 2023",
        );
        assert_eq!(stated_year(&t), Some(2023));
        let t = title(
            "Graduates by professional field, 2023: shares",
            "Төгсөгчид мэргэжлийн чиглэлээр, 2023: хувийн жин",
        );
        assert_eq!(stated_year(&t), Some(2023));
    }

    #[test]
    fn a_year_in_a_name_or_brackets_or_two_years_is_not_taken() {
        let not = [
            title(
                "GII 2023: Mongolia's strengths",
                "ДИИ 2023: Монголын давуу тал",
            ),
            title("Clusters: facts cited by HSE (2018)", "Кластер (2018)"),
            title(
                "High-tech zones, 2006 and 2016",
                "Өндөр технологийн бүс, 2006, 2016 он",
            ),
            title("Exports, 2023", "Экспорт, 2022"),
            title("Exports, 12345", "Экспорт, 12345"),
        ];
        for t in not {
            assert_eq!(stated_year(&t), None, "{t:?}");
        }
    }

    #[test]
    fn a_rows_own_year_comes_first() {
        let t = title("Exports, 2023", "Экспорт, 2023");
        let row = |year| FigureRow {
            label: title("Mongolia", "Монгол"),
            value: Some(59.37),
            places: Some(2),
            unit: None,
            year,
            cells: Vec::new(),
        };
        let (own, bare) = (row(Some(2021)), row(None));
        assert_eq!(row_years(&t, &[&own, &bare]), [Some(2021), Some(2023)]);
    }
}
