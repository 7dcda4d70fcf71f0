"""The three limits beyond which a document is J009 (too large), shared by the loader's fast
path and the strict parser.

No coupon body comes near them; they are there so that a hostile or broken input (a huge
file, brackets nested thousands deep, a number with a million digits) costs bounded time and
memory instead of a crash or a quadratic conversion.
"""

from __future__ import annotations

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
MAX_DEPTH = 64
MAX_NUMBER_DIGITS = 100
