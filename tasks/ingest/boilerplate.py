"""What is not article text: markup, links, share rows, promos, captions, sign-offs, page chrome.

Each rule names a kind of clutter that crawled news carries (see ../shared/corpus/domain), not
one article: markdown links and emphasis, bare URLs, social share rows, newsletter promos, photo
credits, wire-service credits, embedded-tweet signatures, comment prompts and site navigation.
"""

from __future__ import annotations

import re

_IMAGE = re.compile(r"!\[[^\]]*\]\((?:<[^>]*>|\\.|[^()\s])*\)")
# "[[xii]](url)" endnote markers (ISW style) carry no text; "[text](url)" keeps its text.
_FOOTNOTE_REF = re.compile(r"\[\[[^\]]{1,12}\]\]\((?:<[^>]*>|\\.|[^()\s])*\)")
_LINK = re.compile(r"\[([^\[\]]*)\]\((?:<[^>]*>|\\.|[^()\s])*(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>")
_URL = re.compile(
    r"(?:https?://|ftp://|www\.)(?:\S*[^\s.,;:!?)\]}”’\"'])?"
    r"|\b(?:pic\.twitter\.com|t\.co|bit\.ly)/\w+"
)
_BOLD_SEAM = re.compile(r"(?<=\S)\*{4}(?=\S)")  # "**a****b**": two bold spans back to back
_BOLD = re.compile(r"(?<![\w*])(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_ITALIC = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")
# A "**" left after pairing is broken markdown (an opener whose closer follows a space); a
# literal double asterisk in prose is rarer than that. Runs of 3+ ("f***") are left alone.
_STRAY_BOLD = re.compile(r"(?<![*\w])\*\*(?!\*)|(?<![*\s])\*\*(?=\s|$)")
_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)[ \t#]*$")
_BULLET = re.compile(r"^[ \t]*(?:[-*+•·▪●◦‣][ \t]+)+")
_QUOTE_PREFIX = re.compile(r"^[ \t]*(?:>[ \t]?)+")
# A CommonMark backslash escape (\<10%, 1\_000, \*), as trafilatura writes literal punctuation
# in its markdown. While markup is stripped, an escaped character stands in as a private-use
# code point (so \*x\* is never read as emphasis), then becomes itself again.
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_HELD = 0xF700  # private-use block; a line already holding these is left escaped
_HELD_CHARS = re.compile("[\uf700-\uf77f]")

_SIGN_OFF = re.compile(
    r"(?i:(?:this|the) (?:article|story|post|piece|report) (?:was |is |has been )?"
    r"(?:originally |first )?(?:published|posted|appeared)(?: first| originally)? (?:on|in|at|by)"
    r"|(?:originally|first) (?:published|posted|appeared) (?:on|in|at|by))"
    r"\s+(?P<signed>[A-Z0-9][^.!?\n]{0,58}?[\w)])\s*(?:[.!]|$)"
)
_THANKS = re.compile(r"(?i)\bthanks? (?:you )?for reading\b[.!]*")
_SOCIAL = (
    "facebook|twitter|x|reddit|linkedin|whatsapp|telegram|pinterest|e-?mail|mail|tumblr|threads"
    "|bluesky|flipboard|messenger|sms|print|copy link|vk"
)
_SHARE = re.compile(rf"(?i)\b(?:share|post|tweet) (?:on|to|via|with) (?:{_SOCIAL})\b")
_SHARE_WORDS = frozenset(
    (  # noqa: SIM905 - a word list reads better as text
        "share shares shared sharing facebook twitter x reddit linkedin whatsapp telegram "
        "pinterest email e-mail mail tumblr threads bluesky flipboard messenger sms print copy "
        "copied link url-copy urlcopy url comments comment tweet follow us on vk"
    ).split()
)
_SHARE_CONNECTIVES = frozenset({"on", "us"})  # share words that name no network or action
_TWEET_SIGNATURE = re.compile(
    r"\s*[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s+[A-Z][a-z]+ \d{1,2}, \d{4}\s*$"
)
_SEPARATORS_ONLY = re.compile(r"^[\W_]*$")

_CAPTION = re.compile(
    r"\b(?:Photograph|Photo|Picture|Image|Illustration|Credit|Photos)\s*:\s*[^.]{0,80}$"
    r"|^(?:Image|Photo|Photograph|Picture|Caption|Video)s?\s*:"
    r"|\((?:Photos?|Images?|Pictures?) (?:by|courtesy of|credit)\b[^)]*\)\s*\.?$"
    r"|\[File:[^\]]*\]\s*$"
    r"|^\d{1,2}:\d{2} .{0,200}[–—-] ?(?:video|audio)$"  # embedded player: "01:34 Title – video"
    r"|[/—–]\s*(?:Getty Images|AFP|Reuters|AP|EPA|Anadolu|Shutterstock|Alamy|Sputnik|Xinhua"
    r"|TASS|Bloomberg|NurPhoto|SOPA Images|Pool)\b[^\])]{0,40}[\])]?\s*\.?$"
)
_CREDIT_LINE = re.compile(
    r"(?i)^(?:.{0,160}\bcontributed (?:reporting )?to this (?:report|story|article)\.?"
    r"|(?:additional )?(?:reporting|writing|editing) by\b.{0,240})$"
)
_PROMO = re.compile(
    r"(?i)^(?:sign up|subscribe)\b.{0,200}$"
    r"|^(?=.{0,200}\b(?:sign up|subscribe)\b)"
    r".{0,200}\b(?:newsletter|email|inbox|bulletin)\b.{0,200}$"
    r"|^(?=.{0,200}\b(?:newsletter|email|inbox)\b).{0,200}\b(?:sign up|subscribe)\b.{0,200}$"
)
# Page chrome that crawlers keep: navigation, cookie and consent notices, media-player fallbacks,
# recirculation ("Next article", "list 1 of 3"), comment prompts, alert and donation asks.
_CHROME = re.compile(
    r"(?i)^(?:skip to (?:main )?(?:content|navigation)"
    r"|your browser does not support"
    r"|we use cookies|this (?:web)?site uses cookies|by continuing (?:you|to use)"
    r"|(?:advertisement|sponsored|read more|read next|recommended|related(?: \w+)?)[:.]?$"
    r"|(?:related(?: \w+)?|read more|read next|see also)\s*:"
    r"|(?:previous|next) (?:article|story|post)\b|next up\b|reading now\b"
    r"|list \d+ of \d+"
    r"|show me more content"
    r"|get (?:instant alerts|our stories)|notification"
    r"|follow (?:\w+[’']s|our) coverage"
    r"|\d+/7 coverage of"
    r"|our standards:"
    r"|please make sure all the provided information"
    r"|your feedback will be used"
    r"|error message"
    r"|tipx?make a text selection"
    r"|exclusive news, data and analytics"
    r"|help us (?:fight|change|keep)"
    r"|(?:\d+ )?comments?$|post a comment$|leave a (?:comment|reply)$"
    r"|(?:view|show|load) (?:all |more )?comments$)"
)


def strip_markup(line: str) -> tuple[str, bool, bool]:
    """Remove markdown syntax, links and URLs from a line; returns (text, is_heading, is_bullet)."""
    held = "\\" in line and not _HELD_CHARS.search(line)
    if held:
        line = _ESCAPED.sub(lambda m: chr(_HELD + ord(m.group(1))), line)
    text, heading, bullet = _strip_markup(line)
    text = text if text == line.strip() else _tidy(text)
    if held:
        text = _HELD_CHARS.sub(lambda m: chr(ord(m.group()) - _HELD), text)
    return text, heading, bullet


def _strip_markup(line: str) -> tuple[str, bool, bool]:
    """``strip_markup`` before tidying the spaces that removals leave."""
    heading = _HEADING.match(line)
    if heading:
        line = heading.group(1)
    line = _QUOTE_PREFIX.sub("", line)
    bullet = _BULLET.match(line)
    if bullet:
        line = line[bullet.end() :]
    line = _IMAGE.sub("", line)
    line = _FOOTNOTE_REF.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _AUTOLINK.sub("", line)
    line = _URL.sub("", line)
    line = _BOLD_SEAM.sub(" ", line)
    for _ in range(2):  # emphasis nests once at most in practice ("**_x_**")
        line = _BOLD.sub(r"\2", line)
        line = _ITALIC.sub(r"\2", line)
    line = _STRAY_BOLD.sub("", line)
    return line.strip(), heading is not None, bullet is not None


def strip_inline_clutter(line: str) -> tuple[str, str | None]:
    """Remove sign-offs, share prompts and tweet signatures in a line; returns (text, outlet)."""
    outlet = None
    original = line
    sign_off = _SIGN_OFF.search(line)
    if sign_off:
        outlet = sign_off.group("signed").strip()
        line = line[: sign_off.start()] + " " + line[sign_off.end() :]
    line = _THANKS.sub(" ", line)
    line = _SHARE.sub(" ", line)
    line = _TWEET_SIGNATURE.sub("", line)
    # Tidy only what a removal touched: the rest of the text stays byte for byte.
    line = line.strip() if line == original else _tidy(line)
    if _SEPARATORS_ONLY.match(line) or re.fullmatch(r"[\s«»|·•/,;:!.\-–—]*", line):
        return "", outlet
    return line, outlet


def is_embedded_post(line: str) -> bool:
    """Whether a line ends with an embedded tweet's signature ("— Name (@handle) July 3, 2022")."""
    return _TWEET_SIGNATURE.search(line) is not None


def is_clutter(line: str) -> bool:
    """Whether a whole line is page furniture rather than article text."""
    if not any(ch.isalnum() for ch in line):
        return True
    if _CAPTION.search(line) or _CREDIT_LINE.match(line) or _CHROME.match(line):
        return True
    if _PROMO.match(line) and len(line.split()) <= 40:
        return True
    return _is_share_row(line)


def _is_share_row(line: str) -> bool:
    """A row of social-network names ("Mail   Facebook   Twitter / X   LinkedIn"); one made of
    connectives alone ("On on.") is text."""
    words = re.findall(r"[a-z][\w-]*", line.lower())
    return (
        len(words) >= 2
        and all(w in _SHARE_WORDS for w in words)
        and any(w not in _SHARE_CONNECTIVES for w in words)
    )


def _tidy(line: str) -> str:
    """Collapse the spaces that removals leave, and drop a space left before punctuation."""
    line = re.sub(r"[ \t\u00a0]{2,}", " ", line)
    line = re.sub(r" +([,.;:!?)\]])", r"\1", line)
    line = re.sub(r"([(\[]) +", r"\1", line)
    return line.strip()
