//! Integration tests.
mod dossier;
