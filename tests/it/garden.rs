//! Integration tests: garden.
