//! The class for spreadsheets: one row per learner, one column per exercise.

use super::{Class, attempts, hints_used, whereabouts};

pub fn render(class: &Class) -> Result<String, ::csv::Error> {
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    let mut header = vec![
        "learner".to_string(),
        "done".into(),
        "total".into(),
        "hints".into(),
        "attempts".into(),
        "where".into(),
    ];
    header.extend(class.exercises.iter().map(|e| e.name.clone()));
    writer.write_record(&header)?;
    for l in &class.learners {
        let mut row = vec![
            l.learner.clone(),
            l.done.to_string(),
            l.total.to_string(),
            hints_used(l).to_string(),
            attempts(l).to_string(),
            whereabouts(l)
                .map(|(e, _)| e.name.clone())
                .unwrap_or_default(),
        ];
        row.extend(
            class
                .exercises
                .iter()
                .map(|e| class.cell(l, &e.name).label().to_string()),
        );
        writer.write_record(&row)?;
    }
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
