"""The language stage: the spaCy pipeline that annotates every text unit of a report."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from extract.language.pipeline import DEFAULT_MODEL, PromiseCue, build_pipeline


class LanguageStage:
    """Runs the pipeline over texts, once per distinct text.

    Worker processes build one stage each and keep it for every file they handle;
    the cache holds the annotations of the report in hand and is cleared per report.
    """

    def __init__(self, model: str | None = None) -> None:
        self.model = model or DEFAULT_MODEL
        self.nlp: Language = build_pipeline(model)
        self._cache: dict[str, Doc] = {}

    def prepare(self, texts: Iterable[str]) -> None:
        """Annotate many texts in one batch (faster than one by one)."""
        todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
        made = (self._make(text) for text in todo)
        for text, doc in zip(todo, self.nlp.pipe(made, batch_size=256), strict=True):
            self._cache[text] = doc

    def doc(self, text: str) -> Doc:
        found = self._cache.get(text)
        if found is None:
            found = self.nlp(self._make(text))
            self._cache[text] = found
        return found

    def _make(self, text: str) -> Doc:
        """The text tokenised, the text itself kept beside its tokens: the rule components
        read it many times, and `Doc.text` joins every token anew on each access."""
        doc = self.nlp.make_doc(text)
        doc.user_data["extract_text"] = text
        return doc

    def clear(self) -> None:
        self._cache.clear()


__all__ = ["DEFAULT_MODEL", "LanguageStage", "PromiseCue", "build_pipeline"]
