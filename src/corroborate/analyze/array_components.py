"""Array-based stand-ins for spaCy's attribute ruler and rule lemmatizer, with the same output.

Why: both components do their work one token at a time in Python (the ruler runs a 179-pattern
Matcher and sets each match's attributes through a Span; the lemmatizer calls a method per
token), which made them a third of the dependency parse the corroboration stage needs. Here the
decisions are cached per kind of token (its tag, lower-case form, dependency label, ... as far as
any pattern tells them apart), so a document costs a few numpy passes over its tokens, a lookup
per kind, and one ``Doc.from_array``.

``speed_up(nlp)`` swaps them in only when every pattern uses features this module evaluates
(single-token specs with exact values, IN, NOT_IN or REGEX over a fixed set of attributes, in
sequences without operators); any other pipeline keeps spaCy's own components. The equivalence is
tested against the originals on real articles (tests/test_array_components.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy

# the token attributes a pattern may test here, read with Doc.to_array
_READABLE = ("TAG", "LOWER", "DEP", "IS_SPACE", "ORTH", "NORM", "POS")
# the attributes a pattern may set, written back with Doc.from_array (TAG and DEP token by token)
_ARRAY_WRITTEN = ("POS", "LEMMA", "MORPH")
_TOKEN_WRITTEN = ("TAG", "DEP")
# the per-value caches grow with the vocabulary seen; a long-running service starts them again here
_CACHE_LIMIT = 500_000


class Unsupported(Exception):
    """A pattern this module does not evaluate: the pipeline keeps spaCy's component."""


@dataclass(frozen=True, slots=True)
class _Test:
    attribute: str
    kind: str  # "==", "IN", "NOT_IN", "REGEX"
    value: object

    def holds(self, value) -> bool:
        if self.kind == "==":
            return value == self.value
        if self.kind == "IN":
            return value in self.value
        if self.kind == "NOT_IN":
            return value not in self.value
        return isinstance(value, str) and re.search(self.value, value) is not None


def _tests(spec: dict) -> tuple[_Test, ...]:
    tests = []
    for key, value in spec.items():
        attribute = key.upper()
        if attribute == "TEXT":
            attribute = "ORTH"
        if attribute not in _READABLE:
            raise Unsupported(key)
        if isinstance(value, dict):
            if len(value) != 1:
                raise Unsupported(f"{key}: {value}")
            ((kind, operand),) = value.items()
            if kind in ("IN", "NOT_IN"):
                tests.append(_Test(attribute, kind, frozenset(operand)))
            elif kind == "REGEX":
                tests.append(_Test(attribute, "REGEX", operand))
            else:
                raise Unsupported(f"{key}: {kind}")
        else:
            tests.append(_Test(attribute, "==", value))
    return tuple(tests)


class ArrayAttributeRuler:
    """What spaCy's AttributeRuler does, decided once per distinct kind of token.

    A token's kind is the values its patterns test, with every value no pattern mentions folded
    into one (a word that no LOWER test names behaves like any other such word), so a document has
    a few hundred kinds at most and each kind's rules are worked out once and cached.
    """

    def __init__(self, ruler):
        from spacy import attrs as spacy_attrs

        self.vocab = ruler.vocab
        self.specs: list[tuple[_Test, ...]] = []
        self.rules: list[dict[str, int]] = []  # attributes each rule sets, in rule order
        self.single: dict[int, list[int]] = {}  # spec id -> rules that are that one spec
        self.multi: list[tuple[int, list[int], int]] = []  # (rule, spec ids, index) for longer sequences
        for order, pattern in enumerate(ruler.patterns):
            self.rules.append(self._normalized(ruler, order))
            for alternative in pattern["patterns"]:
                if not alternative or any("OP" in spec for spec in alternative):
                    raise Unsupported(str(alternative))
                ids = []
                for spec in alternative:
                    self.specs.append(_tests(spec))
                    ids.append(len(self.specs) - 1)
                if len(ids) == 1:
                    self.single.setdefault(ids[0], []).append(order)
                else:
                    self.multi.append((order, ids, pattern.get("index", 0)))
        self.multi_first = frozenset(ids[0] for _, ids, _ in self.multi)
        self.tested = sorted({t.attribute for tests in self.specs for t in tests})
        self.columns = [getattr(spacy_attrs, name) for name in self.tested]
        self.written = [getattr(spacy_attrs, name) for name in _ARRAY_WRITTEN]
        self._mentioned = {
            name: frozenset().union(*(
                {t.value} if t.kind == "==" else t.value
                for tests in self.specs for t in tests if t.attribute == name and t.kind != "REGEX"
            ))
            for name in self.tested
        }
        self._patterns = {
            name: [t.value for tests in self.specs for t in tests if t.attribute == name and t.kind == "REGEX"]
            for name in self.tested
        }
        self._value_class: dict[tuple[int, int], int] = {}
        self._kinds: dict[tuple, tuple[frozenset, tuple[int, ...]]] = {}

    @staticmethod
    def _normalized(ruler, order: int) -> dict[str, int]:
        """The rule's attributes as spaCy stored them (values are string hashes), by name."""
        from spacy.attrs import IDS

        names = {value: name for name, value in IDS.items()}
        out = {}
        for attribute, value in ruler.attrs[order].items():
            name = names.get(attribute, attribute)
            if name not in _ARRAY_WRITTEN + _TOKEN_WRITTEN:
                raise Unsupported(f"sets {name}")
            out[name] = value
        return out

    def _value(self, name: str, raw: int):
        return bool(raw) if name == "IS_SPACE" else self.vocab.strings[raw] if raw else ""

    def _class(self, column: int, raw: int) -> int:
        """``raw`` where some test can tell this value apart, else 0 (shared by all the others)."""
        key = (column, raw)
        found = self._value_class.get(key)
        if found is None:
            if len(self._value_class) > _CACHE_LIMIT:
                self._value_class.clear()
            name = self.tested[column]
            value = self._value(name, raw)
            distinct = value in self._mentioned[name] or any(
                isinstance(value, str) and re.search(p, value) for p in self._patterns[name]
            )
            found = self._value_class[key] = raw if distinct or name == "IS_SPACE" else 0
        return found

    def _decide(self, kind: tuple) -> tuple[frozenset, tuple[int, ...]]:
        """The spec ids a token of this kind satisfies, and the one-token rules that apply."""
        values = {
            name: (self._value(name, raw) if raw or name == "IS_SPACE" else None)
            for name, raw in zip(self.tested, kind, strict=True)
        }
        satisfied = frozenset(
            i for i, tests in enumerate(self.specs) if all(t.holds(values[t.attribute]) for t in tests)
        )
        return satisfied, tuple(sorted({rule for spec in satisfied for rule in self.single.get(spec, ())}))

    def __call__(self, doc):
        length = len(doc)
        if not length:
            return doc
        raw = doc.to_array(self.columns).reshape(length, -1)
        classes = numpy.empty_like(raw)
        for column in range(raw.shape[1]):
            values, inverse = numpy.unique(raw[:, column], return_inverse=True)
            mapped = numpy.fromiter((self._class(column, v) for v in values.tolist()), dtype=raw.dtype, count=len(values))
            classes[:, column] = mapped[inverse.reshape(-1)]
        kinds, inverse = numpy.unique(classes, axis=0, return_inverse=True)
        inverse = inverse.reshape(-1)
        decided = []
        for kind in map(tuple, kinds.tolist()):
            found = self._kinds.get(kind)
            if found is None:
                found = self._kinds[kind] = self._decide(kind)
            decided.append(found)
        # rules that span several tokens, and the token each one sets
        extra: dict[int, list[int]] = {}
        if self.multi:
            firsts = [k for k, (satisfied, _) in enumerate(decided) if not satisfied.isdisjoint(self.multi_first)]
            for i in numpy.flatnonzero(numpy.isin(inverse, firsts)).tolist():
                for rule, ids, index in self.multi:
                    end = i + len(ids)
                    if end <= length and all(ids[k] in decided[inverse[i + k]][0] for k in range(len(ids))):
                        target = end + index if index < 0 else i + index
                        if i <= target < end:
                            extra.setdefault(target, []).append(rule)
        self._write(doc, inverse, decided, extra)
        return doc

    def _write(self, doc, inverse, decided, extra: dict[int, list[int]]) -> None:
        """Every token gets its rules' attributes in rule order (a later rule wins, as in spaCy)."""
        values = doc.to_array(self.written).reshape(len(doc), -1)
        per_kind = [self._fold(rules) for _, rules in decided]
        for position, name in enumerate(_ARRAY_WRITTEN):
            has = numpy.array([name in folded for folded in per_kind], dtype=bool)
            if not has.any():
                continue
            chosen = numpy.array([folded.get(name, 0) for folded in per_kind], dtype=numpy.uint64)
            values[:, position] = numpy.where(has[inverse], chosen[inverse], values[:, position])
        by_token: dict[int, dict[str, int]] = {}
        for kind_index, folded in enumerate(per_kind):
            if any(name in folded for name in _TOKEN_WRITTEN):
                for i in numpy.flatnonzero(inverse == kind_index).tolist():
                    by_token[i] = folded
        for i, rules in extra.items():
            folded = self._fold(tuple(sorted(set(decided[inverse[i]][1]) | set(rules))))
            by_token[i] = folded
            for position, name in enumerate(_ARRAY_WRITTEN):
                if name in folded:
                    values[i, position] = folded[name]
        doc.from_array(self.written, values)
        for i, folded in by_token.items():
            if "TAG" in folded:
                doc[i].tag = folded["TAG"]
            if "DEP" in folded:
                doc[i].dep = folded["DEP"]

    def _fold(self, rules: tuple[int, ...]) -> dict[str, int]:
        folded: dict[str, int] = {}
        for rule in rules:
            folded.update(self.rules[rule])
        return folded


class ArrayLemmatizer:
    """spaCy's lemmatizer with its per-token call replaced by a lookup keyed like its own cache."""

    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        self.vocab = lemmatizer.vocab
        self._cache: dict[tuple[int, int, int], int] = {}
        _index_as_sets(lemmatizer)

    def __call__(self, doc):
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not len(doc):
            return doc
        if not self.lemmatizer._validated:
            self.lemmatizer._validate_tables()
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = table[:, 3].copy()
        todo = numpy.ones(len(doc), dtype=bool) if self.lemmatizer.overwrite else lemmas == 0
        if not todo.any():
            return doc
        positions = numpy.flatnonzero(todo)
        kinds, first, inverse = numpy.unique(table[positions, :3], axis=0, return_index=True, return_inverse=True)
        cache = self._cache
        found = numpy.empty(len(kinds), dtype=numpy.uint64)
        for k, (key, at) in enumerate(zip(map(tuple, kinds.tolist()), first.tolist(), strict=True)):
            lemma = cache.get(key)
            if lemma is None:
                if len(cache) > _CACHE_LIMIT:
                    cache.clear()
                token = doc[int(positions[at])]
                lemma = cache[key] = self.vocab.strings.add(self.lemmatizer.lemmatize(token)[0])
            found[k] = lemma
        lemmas[positions] = found[inverse.reshape(-1)]
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc


def _index_as_sets(lemmatizer) -> None:
    """The rule lemmatizer asks ``form in index`` of word lists up to 57,000 long, once per
    suffix rule that applies, for every word it has not seen: sets answer the same in constant
    time. Only membership is ever asked of these lists (``rule_lemmatize``), so nothing changes."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key in list(table.keys()):
        if isinstance(table[key], list):
            table[key] = frozenset(table[key])


def speed_up(nlp):
    """Replace the pipeline's enabled attribute ruler and rule lemmatizer by their array forms,
    where this module can evaluate every pattern; returns the pipeline."""
    from spacy.pipeline import AttributeRuler, Lemmatizer

    for name, component in list(nlp.pipeline):
        replacement = None
        try:
            if type(component) is AttributeRuler:
                replacement = ArrayAttributeRuler(component)
            elif isinstance(component, Lemmatizer) and component.mode == "rule":
                replacement = ArrayLemmatizer(component)
        except Unsupported:
            continue
        if replacement is not None:
            # in place, under the same name: Language.replace_pipe only builds from registered
            # factories, and these wrap the loaded components' own tables
            nlp._components[nlp._components.index((name, component))] = (name, replacement)
    return nlp
