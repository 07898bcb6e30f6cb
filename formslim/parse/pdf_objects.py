"""pypdf with a bounded object lookup on damaged cross-reference tables.

When an object is missing from the cross-reference table, or the table's offset does not point at
``N G obj``, pypdf (non-strict) searches the whole file for the object's header — once per object.
A file naming 20,000 objects that exist nowhere (440 KB) thus costs 20,000 searches of the whole file:
about 70 s of CPU, found by the fuzzer (issue 11). Here the file is scanned once, on the first such
miss, into an index of every ``N G obj`` header (the first occurrence of each, as pypdf's own search
would find); lookups then cost a dictionary access, and an object that exists nowhere is ``None`` at
once, as pypdf says it in non-strict mode.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

_HEADER = re.compile(rb"\s(\d{1,10})\s+(\d{1,5})\s+obj")
_AT = re.compile(rb"(?:\s|%[^\r\n]*[\r\n])*(\d{1,10})\s+(\d{1,5})\s+obj")


def open_reader(path: str):
    """A ``pypdf.PdfReader`` (non-strict) whose repair of damaged object offsets is linear in the file."""
    return _reader_class()(path, strict=False)


@lru_cache(maxsize=1)
def _reader_class():
    import pypdf

    class BoundedReader(pypdf.PdfReader):
        _index: Optional[dict[tuple[int, int], int]] = None

        def _object_index(self) -> dict[tuple[int, int], int]:
            if self._index is None:
                self.stream.seek(0)
                data = self.stream.read()
                index: dict[tuple[int, int], int] = {}
                for m in _HEADER.finditer(data):
                    index.setdefault((int(m.group(2)), int(m.group(1))), m.start() + 1)
                self._index = index
            return self._index

        def _header_at(self, offset: int, key: tuple[int, int]) -> bool:
            self.stream.seek(offset)
            m = _AT.match(self.stream.read(32))
            return m is not None and (int(m.group(2)), int(m.group(1))) == key

        def get_object(self, indirect_reference):
            from pypdf.generic import IndirectObject

            if isinstance(indirect_reference, int):
                indirect_reference = IndirectObject(indirect_reference, 0, self)
            gen, idnum = indirect_reference.generation, indirect_reference.idnum
            key = (gen, idnum)
            if key in self.resolved_objects or (gen == 0 and idnum in self.xref_objStm):
                return super().get_object(indirect_reference)
            table = self.xref.get(gen, {})
            if idnum in table:
                if self.xref_free_entry.get(gen, {}).get(idnum, False):
                    return super().get_object(indirect_reference)
                offset = table[idnum]
                if isinstance(offset, int) and self._header_at(offset, key):
                    return super().get_object(indirect_reference)
            found = self._object_index().get(key)
            if found is None:
                # pypdf's own answer for an object defined nowhere (non-strict): None, remembered
                self.cache_indirect_object(gen, idnum, None)
                return None
            self.xref.setdefault(gen, {})[idnum] = found
            return super().get_object(indirect_reference)

    return BoundedReader
