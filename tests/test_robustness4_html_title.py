"""Third new-user report, finding 18: the site name and section are stripped from an HTML page
title; a dateline + lead article is not also ``title-only``."""

from __future__ import annotations

from marsad.io.html import strip_site_name
from marsad.pipeline import parse

HEADLINE = "مصر تعلن خطة جديدة لدعم السياحة"


def _page(title: str, head: str = "") -> bytes:
    return (
        f'<html lang="ar"><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>'
        "<article><p>القاهرة - أعلنت وزارة السياحة اليوم خطة جديدة لدعم القطاع.</p>"
        "<p>وقال الوزير إن الخطة تبدأ الشهر المقبل.</p></article></body></html>"
    ).encode()


def test_page_title_without_site_name_and_section() -> None:
    a = parse(_page(f"الأهرام | {HEADLINE} - أخبار"), source="p.html")
    assert a.title_text == HEADLINE


def test_site_name_from_og_site_name_and_domain() -> None:
    head = '<meta property="og:site_name" content="سكاي نيوز عربية">'
    assert parse(_page(f"{HEADLINE} - سكاي نيوز عربية", head), source="p.html").title_text == HEADLINE
    head = '<link rel="canonical" href="https://www.ahram.org.eg/News/1.aspx">'
    assert parse(_page(f"{HEADLINE} - Ahram", head), source="p.html").title_text == HEADLINE
    head = '<meta property="og:title" content="' + HEADLINE + ' | Al Arabiya">'
    assert parse(_page("x", head), source="p.html").title_text == HEADLINE


def test_conservative_cases_keep_the_title() -> None:
    sites = {"ahram"}
    for title in (
        "ترامب - بوتين: قمة هلسنكي تنتهي دون اتفاق",  # a dash inside the headline
        "الهلال يفوز على النصر 2 - 1 في الديربي",  # a score
        "مصر تعلن خطة",  # no separator
        "سوريا - العربية.نت | الصفحة الرئيسية",  # too little headline left
        f"{HEADLINE} - الأهرامات",  # Arabic name, Latin domain, no og:site_name: not matched
    ):
        assert strip_site_name(title, sites) == title
    assert strip_site_name(f"{HEADLINE} | Ahram Online", sites) == HEADLINE
    # a known site name at the end is cut without og:site_name (eleventh new-user report, finding 9;
    # io.html.TITLE_SITE_NAMES): this case was kept whole before
    assert strip_site_name(f"{HEADLINE} - الأهرام", sites) == HEADLINE


def test_h1_is_taken_as_it_is() -> None:
    html = _page("الأهرام | عنوان آخر").replace(
        b"<article>", f"<article><h1>{HEADLINE} - أخبار</h1>".encode()
    )
    assert parse(html, source="p.html").title_text == f"{HEADLINE} - أخبار"


def test_dateline_and_lead_without_title_is_not_title_only() -> None:
    a = parse("الرياض - واس\nأعلنت وزارة الصحة اليوم تسجيل حالات جديدة في المنطقة.")
    codes = [p.code for p in a.problems]
    assert "no-title" in codes and "title-only" not in codes
    b = parse("عنوان قصير\nأعلنت وزارة الصحة اليوم تسجيل حالات.")
    assert b.title_text == "عنوان قصير" and "title-only" not in [p.code for p in b.problems]
    c = parse("مجرد عنوان")
    assert [p.code for p in c.problems if p.code in ("title-only", "no-title")] == ["title-only"]
