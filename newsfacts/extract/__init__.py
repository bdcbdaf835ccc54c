"""Fact extraction: one spaCy pass per body, then rule-based extractors per fact kind.

`newsfacts.extract.article.extract_article` is the single entry point the pipeline uses; each fact kind lives
in its own module. This package imports nothing itself: the flow process needs `facts.ArticleFacts` for the
table schemas, but not spaCy, which only the extraction workers load (the flow process saves about 0.5 s of
start-up and 40 MB).
"""
