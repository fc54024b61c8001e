"""corroborate: what many news reports of one event establish, claim by claim, with evidence."""

from .api import analyze, analyze_corpus
from .model import Briefing
from .settings import DEFAULT_SETTINGS, Settings

__version__ = "0.1.0"
__all__ = ["DEFAULT_SETTINGS", "Briefing", "Settings", "analyze", "analyze_corpus"]
