//! The received bytes as the response reader sees them.
//!
//! Offsets always count from the first byte the server sent. Usually every byte is kept, but a
//! fetch that passes the body on as it arrives (`--dump`) keeps only the bytes the reader still
//! needs: then the view starts later than offset 0.

use std::ops::Range;

/// A window on the stream of received bytes: `bytes` are the stream from offset `start` on.
#[derive(Clone, Copy, Debug)]
pub struct Received<'a> {
    start: usize,
    bytes: &'a [u8],
}

impl<'a> Received<'a> {
    /// The whole stream, from its first byte.
    pub fn all(bytes: &'a [u8]) -> Self {
        Self { start: 0, bytes }
    }

    /// The stream from offset `start` on; the bytes before it are gone.
    pub fn from_offset(start: usize, bytes: &'a [u8]) -> Self {
        Self { start, bytes }
    }

    /// How many bytes the stream holds so far, counting those that are gone.
    pub fn len(&self) -> usize {
        self.start + self.bytes.len()
    }

    /// Whether nothing has been received yet.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The bytes at `range` (stream offsets). The reader only asks for bytes it said it needs
    /// ([`super::ResponseReader::needs_from`]), so a range before the window is a bug.
    pub fn range(&self, range: Range<usize>) -> &'a [u8] {
        &self.bytes[range.start - self.start..range.end - self.start]
    }

    /// The bytes from stream offset `offset` to the end.
    pub fn tail(&self, offset: usize) -> &'a [u8] {
        &self.bytes[offset - self.start..]
    }
}
