//! Integration tests: the real server on port 0, a fresh database, a fixed clock.

mod api;
mod guide;
mod helpers;
mod security;
