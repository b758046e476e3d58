//! Many documents at once, in order; in parallel with the `rayon` feature.

use crate::attribute::{Attribution, Attributor, Report};

impl Attributor {
    /// Attributes each text of `texts`, returning one list per text, in
    /// the order of `texts`.
    ///
    /// # Examples
    ///
    /// ```
    /// let docs = ["\"Yes,\" Ann said.", "No quotes here.", "\"No,\" Bo said."];
    /// let out = whosaid::Attributor::default().attribute_batch(&docs);
    /// assert_eq!(out.len(), 3);
    /// assert!(out[1].is_empty());
    /// assert_eq!(out[2][0].speaker().map(|s| s.text()), Some("Bo"));
    /// ```
    #[must_use]
    pub fn attribute_batch<'t, S: AsRef<str>>(&self, texts: &'t [S]) -> Vec<Vec<Attribution<'t>>> {
        texts
            .iter()
            .map(|t| self.attribute(t.as_ref()).collect())
            .collect()
    }

    /// Every attribution, quoted or reported, of each text of `texts`
    /// ([`Attributor::reports`]), one list per text, in order.
    ///
    /// ```
    /// let docs = ["Ann said the vote was close.", "No one spoke."];
    /// let out = whosaid::Attributor::default().reports_batch(&docs);
    /// assert_eq!(out[0][0].speaker().map(|s| s.text()), Some("Ann"));
    /// assert!(out[1].is_empty());
    /// ```
    #[must_use]
    pub fn reports_batch<'t, S: AsRef<str>>(&self, texts: &'t [S]) -> Vec<Vec<Report<'t>>> {
        texts
            .iter()
            .map(|t| self.reports(t.as_ref()).collect())
            .collect()
    }

    /// [`Attributor::reports_batch`] on all cores (rayon's global pool),
    /// with the same results in the same order.
    #[cfg(feature = "rayon")]
    #[cfg_attr(docsrs, doc(cfg(feature = "rayon")))]
    #[must_use]
    pub fn par_reports_batch<'t, S: AsRef<str> + Sync>(
        &self,
        texts: &'t [S],
    ) -> Vec<Vec<Report<'t>>> {
        use rayon::prelude::*;
        texts
            .par_iter()
            .map(|t| self.reports(t.as_ref()).collect())
            .collect()
    }

    /// [`Attributor::attribute_batch`] on all cores (rayon's global pool),
    /// with the same results in the same order.
    ///
    /// # Examples
    ///
    /// ```
    /// let docs = vec![String::from("\"Yes,\" Ann said."); 100];
    /// let attributor = whosaid::Attributor::default();
    /// assert_eq!(attributor.par_attribute_batch(&docs), attributor.attribute_batch(&docs));
    /// ```
    #[cfg(feature = "rayon")]
    #[cfg_attr(docsrs, doc(cfg(feature = "rayon")))]
    #[must_use]
    pub fn par_attribute_batch<'t, S: AsRef<str> + Sync>(
        &self,
        texts: &'t [S],
    ) -> Vec<Vec<Attribution<'t>>> {
        use rayon::prelude::*;
        texts
            .par_iter()
            .map(|t| self.attribute(t.as_ref()).collect())
            .collect()
    }
}

/// Attributes each text of `texts` with the default rules, in order; see
/// [`Attributor::attribute_batch`].
#[must_use]
pub fn attribute_batch<S: AsRef<str>>(texts: &[S]) -> Vec<Vec<Attribution<'_>>> {
    Attributor::shared().attribute_batch(texts)
}

/// Attributes each text of `texts` with the default rules on all cores, in
/// order; see [`Attributor::par_attribute_batch`].
#[cfg(feature = "rayon")]
#[cfg_attr(docsrs, doc(cfg(feature = "rayon")))]
#[must_use]
pub fn par_attribute_batch<S: AsRef<str> + Sync>(texts: &[S]) -> Vec<Vec<Attribution<'_>>> {
    Attributor::shared().par_attribute_batch(texts)
}
