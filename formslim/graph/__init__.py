"""Stage 4 — graph: documents, fields, concepts and registries with their links, as a networkx graph.

Nodes (attribute ``type``): ``document``, ``field``, ``concept``, ``registry``.
Edges (attribute ``relation``):
  contains      document → field
  instance_of   field → concept                 (the field asks this concept)
  same_as       field → field                   (score, status, rule, evidence)
  derived_from  field → field                   (computed, total, equal-by-rule; rule, how)
  provided_by   field → registry                (a registry lookup; key fields in ``key_fields``)
"""
from __future__ import annotations

import json
from typing import Iterable

import networkx as nx

from ..knowledge import Knowledge
from ..model import Derivation, Package
from ..match import MatchResult

SCHEMA = "formslim.graph/1"


def _s(values: Iterable[str]) -> str:
    return "; ".join(values)


def build_graph(package: Package, match: MatchResult, derivations: Iterable[Derivation], kb: Knowledge) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(name=package.name, schema=SCHEMA)
    for doc in package.documents:
        dn = f"doc:{doc.path}"
        g.add_node(dn, type="document", label=doc.title or doc.path, path=doc.path, format=doc.format,
                   kind=doc.kind, fields=len(doc.fields))
        for f in doc.fields:
            fn = f"field:{f.id}"
            r = match.readings.get(f.id)
            g.add_node(fn, type="field", label=f.label, kind=f.kind, document=doc.path, name=f.name or "",
                       concept=(r.concept or "") if r else "", role=(r.role or "") if r else "",
                       role_index=(r.index if r and r.index is not None else -1), repeats=f.repeats,
                       location=f.location.describe())
            g.add_edge(dn, fn, relation="contains")
            if r and r.concept:
                cn = f"concept:{r.concept}"
                if cn not in g:
                    c = kb.concepts.get(r.concept)
                    g.add_node(cn, type="concept", label=r.concept, subject=c.subject if c else "",
                               standard_term=(c.standard_term or {}).get("name", "") if c else "",
                               physical_name=(c.standard_term or {}).get("physical", "") if c else "")
                g.add_edge(fn, cn, relation="instance_of", how=r.how)
    for link in match.links:
        g.add_edge(f"field:{link.a}", f"field:{link.b}", relation="same_as", score=link.score, status=link.status,
                   rule=link.rule, evidence=_s(link.evidence))
    for d in derivations:
        if d.type == "registry":
            reg_id, keys = d.inputs[0], d.inputs[1:]
            rn = f"registry:{reg_id}"
            if rn not in g:
                reg = kb.registries.get(reg_id)
                g.add_node(rn, type="registry", label=(reg.name_ko or reg.name) if reg else reg_id,
                           issuer=reg.issuer if reg else "", channel=reg.channel if reg else "",
                           consent=bool(reg.consent) if reg else True, source=reg.source if reg else "")
            g.add_edge(f"field:{d.target}", rn, relation="provided_by", rule=d.rule, key_fields=_s(keys), how=d.how)
        else:
            for src in d.inputs:
                g.add_edge(f"field:{d.target}", f"field:{src}", relation="derived_from", rule=d.rule, type=d.type,
                           how=d.how, evidence=_s(d.evidence))
    return g


def to_json(g: nx.MultiDiGraph) -> str:
    """Nodes and edges, sorted, with the schema name: stable output for scripts."""
    nodes = [{"id": n, **{k: v for k, v in sorted(a.items())}} for n, a in sorted(g.nodes(data=True))]
    edges = sorted(({"source": u, "target": v, **{k: val for k, val in sorted(a.items())}}
                    for u, v, a in g.edges(data=True)),
                   key=lambda e: (e["relation"], e["source"], e["target"], e.get("rule", "")))
    return json.dumps({"schema": SCHEMA, "package": g.graph.get("name", ""), "nodes": nodes, "edges": edges},
                      ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def to_graphml(g: nx.MultiDiGraph) -> str:
    import io

    buf = io.BytesIO()
    h = nx.MultiDiGraph()
    h.graph.update({k: str(v) for k, v in g.graph.items()})
    for n, a in sorted(g.nodes(data=True)):
        h.add_node(n, **a)
    for u, v, a in sorted(g.edges(data=True), key=lambda e: (e[2]["relation"], e[0], e[1], e[2].get("rule", ""))):
        h.add_edge(u, v, **a)
    nx.write_graphml(h, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue().decode("utf-8")
