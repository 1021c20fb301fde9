"""HTML fallbacks are not story text (eighth new-user report, finding 11): ``<noscript>`` (``يرجى
تفعيل جافاسكربت`` became a sub-heading and ``جافاسكربت`` a PER entity), ``<template>``, ``<iframe>``
fallback text and cookie banners."""

from __future__ import annotations

import marsad

LEAD = "أعلنت الحكومة اليوم عن خطة لإنقاذ الاقتصاد."
BODY = 'وقال وزير المالية إن "الخطة ستنجح".'
END = "وأضاف أن اقتصاد البلد بخير."


def _prose(html: str) -> list[str]:
    a = marsad.parse(html.encode())
    return [a.span_text(b) for b in a.blocks if b.kind in ("lead", "body", "subheading")]


def _page(middle: str, container: bool = False) -> str:
    body = f"<h1>الحكومة تعلن خطة</h1><p>{LEAD}</p><p>{BODY}</p>{middle}<p>{END}</p>"
    if container:
        body = f"<article>{body}</article>"
    return f"<html><head><title>خبر</title></head><body>{body}</body></html>"


def test_noscript_paragraph_is_not_body():
    # the report's page (e6_html_declared1256.html), <p> blocks directly in <body>
    assert _prose(_page("<noscript><p>يرجى تفعيل جافاسكربت</p></noscript>")) == [LEAD, BODY, END]
    assert _prose(_page("<noscript><p>يرجى تفعيل جافاسكربت</p></noscript>", container=True)) == [
        LEAD,
        BODY,
        END,
    ]


def test_template_iframe_and_cookie_banner_are_not_body():
    middle = (
        "<template><p>نص قالب لا يظهر</p></template>"
        "<iframe src='x.html'><p>متصفحك لا يدعم الإطارات</p></iframe>"
        "<div class='cookie-banner'><p>يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.</p></div>"
        "<div id='gdpr-consent'><p>نحترم خصوصيتك</p></div>"
    )
    assert _prose(_page(middle)) == [LEAD, BODY, END]
    assert _prose(_page(middle, container=True)) == [LEAD, BODY, END]


def test_fallback_and_cookie_lines_without_markup_hints():
    middle = (
        "<p>يرجى تفعيل جافاسكربت لعرض هذه الصفحة</p>"
        "<p>Please enable JavaScript to view the comments.</p>"
        "<p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. موافق</p>"
    )
    assert _prose(_page(middle)) == [LEAD, BODY, END]


def test_an_article_about_cookies_is_kept():
    text = "وقالت الهيئة إن ملفات تعريف الارتباط تجمع بيانات المستخدمين دون علمهم في كثير من المواقع."
    assert _prose(_page(f"<p>{text}</p>")) == [LEAD, BODY, text, END]
