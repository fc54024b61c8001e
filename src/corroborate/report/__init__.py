"""report: renderers over one ``Briefing`` — JSON for machines, HTML for people, Markdown for notes."""

from .html_report import render_html, write_html
from .json_report import briefing_to_dict, write_json
from .markdown_report import render_markdown, write_markdown

__all__ = ["briefing_to_dict", "render_html", "render_markdown", "write_html", "write_json", "write_markdown"]
