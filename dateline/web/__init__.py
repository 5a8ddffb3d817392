"""Dateline's web pages: plain HTML, CSS and vanilla JS modules, served by the API's process.

No build step and nothing from elsewhere: templates/ holds three static page shells,
static/ the stylesheet and ES modules that fetch /v1 and render. Pages:

    /                  search an entity, see its timeline    (templates/timeline.html)
    /articles/{id}     a stored article with its facts       (templates/article.html)
    /read              paste an article, see the same        (templates/read.html)
"""

from __future__ import annotations

from dateline.web.pages import mount_web

__all__ = ["mount_web"]
