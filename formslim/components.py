"""Connected components of a set of pairs: the one union-find the stages that only join share (chained
cross-references, plans grouped by shared authorship). The matcher's clustering, which refuses joins a
veto forbids, keeps its own."""
from __future__ import annotations

from typing import Hashable, Iterable, TypeVar

T = TypeVar("T", bound=Hashable)


def components(pairs: Iterable[tuple[T, T]], nodes: Iterable[T] = ()) -> list[list[T]]:
    """The groups the ``pairs`` join (``nodes`` adds members that may stand alone), each sorted, in the order
    of their first member."""
    parent: dict = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x in nodes:
        find(x)
    for a, b in pairs:
        parent[find(a)] = find(b)
    members: dict = {}
    for x in sorted(parent):
        members.setdefault(find(x), []).append(x)
    return sorted(members.values(), key=lambda g: g[0])
