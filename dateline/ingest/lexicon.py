"""The words of the ingest layer's rules: what a web site says around an article.

Read by ``ingest/boilerplate.py``; the words are general knowledge of how news sites word
their links, prompts and footers, matched case-blind, never a site's own wording. (The
stop words that tell languages apart are ``ingest/stopwords.py``.)
"""

from __future__ import annotations

# Markers that lead a line of links to other stories ("Read more:", "Related |").
RELATED_MARKERS = ("read more", "read also", "also read", "must read", "more from", "related",
                   "related stories", "related articles", "related coverage", "related content",
                   "recommended", "see also", "more stories", "more information", "more on this",
                   "further reading", "trending", "most read", "popular", "top stories")
# Verbs (and verb phrases) that open a prompt to the reader.
PROMPT_VERBS = ("sign up", "signup", "subscribe", "get", "download", "click", "tap", "follow", "join",
                "register", "be the first", "never miss", "don't miss", "stay up to date", "want more",
                "like us", "share", "listen", "watch")
# What a prompt asks the reader to take or follow; a prompt line holds one of these.
PROMPT_NOUNS = ("newsletter", "inbox", "email", "e-mail", "app", "alerts", "updates", "podcast", "here",
                "subscribe", "sign up", "to know", "facebook", "twitter", "instagram", "notifications",
                "breaking news", "this article", "this story")
