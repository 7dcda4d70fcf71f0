"""``CompiledSchema``: one compiled schema that evaluates documents, and ``compiled(api)``.

It ties the stages together: the registry reads the schema file and what it refers to, the
compiler builds the nodes once, and each document is walked once. After ``FAST_AFTER`` documents
it generates the fast path (``validator.schema.fast``), which hands the walker only what is not
certainly clean: generating costs a few milliseconds, which a one-file run should not pay and a
many-file run repays within a few dozen files. A shipped schema's fast path is compiled ahead of
time (``validator.schema.shipped``) and only loaded, so it is taken after ``SHIPPED_FAST_AFTER``.
"""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING, Any

from validator.schema.compiler import Compiler
from validator.schema.load import Reader, api_file, shipped_text
from validator.schema.refs import Registry
from validator.schema.walker import SchemaResult, Walker

if TYPE_CHECKING:
    from validator.schema.fast import FastFunction


class CompiledSchema:
    """One schema document, compiled; ``evaluate`` walks a document once.

    ``raw`` is the document as written. ``file`` names it (references to other files resolve
    next to it) and ``read`` reads those files: the shipped schema directory unless a caller,
    such as a test, hands over its own ``Reader``. ``api`` is the API whose bodies it checks:
    their findings name the server answers the catalogue records (``validator.schema.answers``).
    """

    FAST_AFTER = 32
    #: For a shipped schema, whose fast path is loaded rather than compiled: loading costs
    #: about what the walker spends on one or two documents more than the fast path does.
    SHIPPED_FAST_AFTER = 4

    def __init__(
        self,
        raw: dict[str, Any],
        *,
        file: str | None = None,
        read: Reader | None = None,
        api: str | None = None,
    ) -> None:
        self.raw = raw
        self.api = api
        #: The API whose shipped schema this is (``compiled``): its fast path is shipped too.
        self.shipped_as: str | None = None
        registry = Registry(read)
        self.root = Compiler(registry, registry.add(raw, file)).compile()
        self._evaluated = 0
        self._fast: FastFunction | None = None

    @classmethod
    def from_file(
        cls, file: str, read: Reader | None = None, api: str | None = None
    ) -> CompiledSchema:
        """The compiled schema file ``file`` (a name relative to the schema directory)."""
        text = (shipped_text if read is None else read)(file)
        return cls(json.loads(text), file=file, read=read, api=api)

    def evaluate(self, document: Any) -> SchemaResult:
        result = SchemaResult()
        walker = Walker(result, self.api)
        fast = self._fast
        if fast is None and self._evaluated < self.fast_after:
            self._evaluated += 1
            if self._evaluated == self.fast_after:
                fast = self._fast = self.fast_path()
        if fast is not None and type(document) is dict:
            fast(document, "", walker)
        else:
            walker.value(self.root, document, "")
        return result

    @property
    def fast_after(self) -> int:
        """After how many documents ``evaluate`` switches to the fast path."""
        return self.FAST_AFTER if self.shipped_as is None else self.SHIPPED_FAST_AFTER

    @property
    def on_fast_path(self) -> bool:
        """Whether ``evaluate`` now hands documents to the generated fast path."""
        return self._fast is not None

    def fast_path(self) -> FastFunction | None:
        """The generated fast path for this schema (None if the root does not take objects),
        from the API's shipped bytecode when this is that API's shipped schema."""
        from validator.schema import fast

        return fast.generate(self.root, self.shipped_as)


@cache
def compiled(api: str) -> CompiledSchema:
    """The compiled schema of an API, built once per process."""
    schema = CompiledSchema.from_file(api_file(api), api=api)
    schema.shipped_as = api
    return schema
