//! Workshop presentations: a tour shown one entry per step, and the trainer's notes view that
//! follows the presenting instance from a second terminal.

pub mod sync;
