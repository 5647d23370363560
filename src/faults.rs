//! Stopping points for tests: a job armed to stop at a named point fails
//! there, as if the process had died, so tests can show that what it leaves
//! behind is consistent and that the next run finishes the work. Nothing in
//! production arms them.

use std::sync::{Arc, Mutex};

use crate::error::{Error, Result};

#[derive(Clone, Default, Debug)]
pub struct Faults(Arc<Mutex<Option<String>>>);

impl Faults {
    /// The next time a job reaches `point`, it stops with an error (once).
    pub fn arm(&self, point: &str) {
        *self.0.lock().expect("fault lock") = Some(point.to_owned());
    }

    pub fn check(&self, point: &str) -> Result<()> {
        let mut armed = self.0.lock().expect("fault lock");
        if armed.as_deref() == Some(point) {
            *armed = None;
            return Err(Error::internal(format!("stopped at {point}")));
        }
        Ok(())
    }
}
