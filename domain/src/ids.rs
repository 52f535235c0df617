//! Identifiers as types: a `BookingId` cannot be passed where a `UserId` is wanted. On the wire
//! and in storage each is the same text as before.

use serde::{Deserialize, Serialize};

/// Every id is 128 random bits (or, for demo data, a hash's first 128 bits) in lower-case hex.
const ID_LEN: usize = 32;

/// Whether `raw` has the shape of an id, so that nothing else reaches storage or a cache key.
pub fn is_well_formed(raw: &str) -> bool {
    raw.len() == ID_LEN && raw.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

macro_rules! id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                Self(id)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> Self {
                id.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }
    };
}

id!(
    /// A person's account.
    UserId
);
id!(
    /// An open request (a question).
    RequestId
);
id!(
    /// A mentor's offer on a request.
    OfferId
);
id!(
    /// A booked session.
    BookingId
);
id!(
    /// The private thread an accepted offer opens.
    ThreadId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_their_text_on_the_wire() {
        let id = BookingId::new("ab12");
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"ab12\"");
        assert_eq!(serde_json::from_str::<BookingId>("\"ab12\"").unwrap(), id);
        assert_eq!(id.to_string(), "ab12");
        assert!(id == *"ab12");
    }

    #[test]
    fn only_ids_of_our_shape_parse() {
        let good = "0123456789abcdef0123456789abcdef";
        assert!(is_well_formed(good));
        for bad in [
            "",
            "0123",
            &"a".repeat(5_000),
            "0123456789ABCDEF0123456789ABCDEF",
            "0123456789abcdef0123456789abcde'",
            "0123456789abcdef0123456789abcde\0",
        ] {
            assert!(!is_well_formed(bad), "{bad:?}");
        }
    }
}
