"""MkDocs plugin ``govlint``: the handbook pages, generated at build time from the model.

A thin adapter over :mod:`govlint.handbook.project`: it loads the model once per build
(``on_config``), adds the generated files as in-memory ``File`` objects (``on_files``, nothing
is written into ``docs/``), with the JSON Schemas at the address their ``$id``s name, and sets
the navigation, generated from the tiers, followed by any hand-written pages. With several
languages, the first is built at the site root and each other one under ``<lang>/`` by a build
of its own after the first (see :mod:`govlint.handbook.languages`). Configuration in
``mkdocs.yml``::

    plugins:
      - search
      - govlint:
          model: governance        # default: [tool.govlint] model, else governance/
          languages: [fi, en]      # default: [tool.govlint] language, else the model's main
          calendar_year: 2026      # default: the year whose meetings are still ahead at
                                   # SOURCE_DATE_EPOCH or the checked-out commit's time
          history: true            # include the version history page when available
          workers: 2               # processes rendering the pages (default: the usable CPUs;
                                   # 1: MkDocs alone). See handbook/mkdocs_render.py.
          edition: true            # the whole handbook as one HTML page (kasikirja.html) ...
          edition_pdf: true        # ... and as a PDF (WeasyPrint); not while serving
          edition_max_pages: 150   # no edition for a handbook of more pages
          accessibility:           # the accessibility statement's page (statement.py):
            prepared: 2026-11-30   #   its date, texts by language (fi: ..., en: ...) for
            contact: ...           #   contact, feedback, authority (and law), and the
            gaps: [...]            #   known gaps that the browser test checks

Each build sets the theme's language and the search plugin's language to its own.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from mkdocs.config import config_options as c
from mkdocs.config.base import Config as MkConfig
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from govlint.handbook import languages as ln
from govlint.handbook.generate import EditionPlan, Handbook, mkdocs_nav, nav_paths, page_paths
from govlint.handbook.mkdocs_render import ParallelRenderer, usable_cpus
from govlint.handbook.project import ProjectModel
from govlint.handbook.searchfold import PageEntries, material_search_index
from govlint.handbook.theme import (
    EDITION_CSS,
    EDITION_NARROW_CSS,
    STYLESHEET,
    TABLE_LABELS,
    asset,
)
from govlint.l10n import Ui
from govlint.schemaexport import published_schemas
from govlint.textsafe import terminal

log = logging.getLogger("mkdocs.plugins.govlint")


class GovlintPluginConfig(MkConfig):
    model = c.Optional(c.Type(str))
    calendar_year = c.Optional(c.Type(int))
    history = c.Type(bool, default=True)
    workers = c.Optional(c.Type(int))
    languages = c.ListOfItems(c.Type((str, dict)), default=[])
    edition = c.Type(bool, default=True)
    edition_pdf = c.Type(bool, default=True)
    edition_max_pages = c.Type(int, default=EditionPlan.max_pages)
    accessibility = c.Optional(c.Type(dict))


def missing_stylesheets(extra_css: list[Any], files: Files) -> list[str]:
    """The stylesheets ``extra_css`` names in the site that no file of the build provides
    (an address with a scheme or a host is another site's, not checked; a query such as
    ``?v=2`` and percent-escapes are not part of the file's name)."""
    out = []
    for entry in extra_css:
        path = str(getattr(entry, "path", entry))
        parts = urlsplit(path)
        if parts.scheme or parts.netloc or path.startswith("//"):
            continue
        if files.get_file_from_path(unquote(parts.path).lstrip("/")) is None:
            out.append(path)
    return out


class GovlintPlugin(BasePlugin[GovlintPluginConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.handbook: Handbook | None = None
        self.model_dir: Path | None = None
        self.renderer: ParallelRenderer | None = None
        self.project: ProjectModel | None = None  # given by the first build to the others
        self.language: ln.Language | None = None  # this build's; set for the other builds
        self.languages: list[ln.Language] = []
        self.paths: dict[str, dict[str, str]] = {}  # language -> page key -> page path
        self.schemas: dict[str, bytes] = {}  # the format's schemas, when this site is theirs
        self.serving = False  # mkdocs serve: rebuilt on every change
        self.search: PageEntries | None = None  # this build's search entries, folded

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.serving = command == "serve"

    @event_priority(100)  # first: the search plugin reads the theme's language in its on_config
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        from govlint.config import ConfigError, load_config
        from govlint.handbook.project import HandbookError, load_project

        if self.config.workers is not None and self.config.workers < 1:
            raise PluginError("govlint: workers must be at least 1 (1: no worker processes)")
        root = Path(config.config_file_path or ".").resolve().parent
        model_arg = (root / self.config.model) if self.config.model else None
        try:
            if self.project is None:  # the first build loads the model; the others reuse it
                self.project = load_project(load_config(root, model_arg), base=root)
                for finding in self.project.errors:
                    log.warning(
                        "model error %s: %s %s (run `govlint check`)",
                        terminal(str(finding.loc)),
                        finding.code,
                        terminal(finding.message),
                    )
            project = self.project
            self.model_dir = project.config.model_dir
            self.schemas = published_schemas(project.config.handbook_url)
            self.languages = ln.parse(self.config.languages, project.language)
            if self.language is None:
                self.language = self.languages[0]
            lang = self.language.lang
            plan = None
            if self.config.edition:
                plan = EditionPlan(self.config.edition_max_pages, self.config.edition_pdf)
            prefixes = [other.prefix for other in self.languages if other.prefix]
            self.handbook = project.handbook(
                year=self.config.calendar_year,
                history=self.config.history,
                lang=lang,
                edition=plan,
                accessibility=self.config.accessibility,
                prefixes=prefixes,
            )
        except (ConfigError, HandbookError, ln.LanguageError) as exc:
            raise PluginError(f"govlint: {exc}") from exc
        self._localise(config, self.language)
        if self.config.edition and not self.handbook.book:
            log.info(
                "govlint: no print edition: the handbook has more than %d pages "
                "(edition_max_pages)",
                self.config.edition_max_pages,
            )
        if TABLE_LABELS not in config.markdown_extensions:
            config.markdown_extensions.append(TABLE_LABELS)
        if STYLESHEET not in config.extra_css:
            config.extra_css.insert(0, STYLESHEET)
        if len(self.languages) == 1:
            self.project = None  # nothing else to build: let the model go (a large one is
            return config  # hundreds of MB the rest of the build does not need)
        if len(self.languages) > 1:
            self.paths = {
                other.lang: page_paths(project.model, other.lang, prefixes)
                for other in self.languages
                if other.lang != lang
            }
            self.paths[lang] = {key: path for path, key in self.handbook.keys.items()}
        return config

    @staticmethod
    def _localise(config: MkDocsConfig, language: ln.Language) -> None:
        """Give this build the language's theme texts, search stemming and overrides."""
        lang = language.lang
        if "language" in config.theme:
            config.theme["language"] = lang
        search = config.plugins.get("material/search") or config.plugins.get("search")
        base = lang.split("-")[0].lower()
        if search is not None and base in ln.SEARCH_LANGUAGES:
            search.config["lang"] = [base]
        for key, value in language.overrides.items():
            config[key] = value
        toc = config.mdx_configs.get("toc")
        if isinstance(toc, dict) and toc.get("permalink"):
            toc["permalink_title"] = Ui(lang)._("Permanent link to this section")

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        assert self.handbook is not None
        in_nav = nav_paths(self.handbook.nav)
        user_specs = (config.exclude_docs, config.draft_docs)
        for path, content in self.handbook.files.items():
            existing = files.get_file_from_path(path)
            if existing is not None:
                log.warning(
                    "docs/%s is generated by govlint; the hand-written file is ignored", path
                )
                files.remove(existing)
            # a page of a long list is reached through its section's index page, not the
            # navigation (generate.NAV_SECTION); MkDocs is told, so it does not report it. A
            # page the project excludes or drafts (exclude_docs, draft_docs) is left to MkDocs.
            outside = path.endswith(".md") and path not in in_nav
            inclusion = InclusionLevel.UNDEFINED
            if outside and not any(spec and spec.match_file(path) for spec in user_specs):
                inclusion = InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, path, content=content, inclusion=inclusion))
        # the model format's schemas, at the address their $ids name
        for path, content in self.schemas.items():
            if files.get_file_from_path(path) is None:
                files.append(File.generated(config, path, content=content))
        files.append(File.generated(config, STYLESHEET, content=asset(STYLESHEET)))
        if self.handbook.edition:  # the content of the edition's files is made in on_env
            for css in (EDITION_CSS, EDITION_NARROW_CSS):
                files.append(File.generated(config, css, content=asset(css)))
            for path in self.handbook.edition.values():
                files.append(File.generated(config, path, content=b""))
        nav: list[Any] = mkdocs_nav(self.handbook.nav)
        generated = set(self.handbook.files)
        for file in sorted(files.documentation_pages(), key=lambda f: f.src_uri):
            if file.src_uri not in generated and file.inclusion.is_in_nav():
                nav.append(file.src_uri)
        config.nav = nav
        return files

    @event_priority(-100)  # last: every plugin has had its say on the files and navigation
    def on_nav(self, nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
        assert self.handbook is not None
        self._close_renderer()  # a previous build (mkdocs serve) that ended without a word
        index = material_search_index(config.plugins.values())
        if index is not None:  # folded search entries, made as each page is rendered
            self.search = PageEntries(index)
            self.search.install()
        for missing in missing_stylesheets(config.extra_css, files):
            # MkDocs links it from every page without a word; a warning fails --strict
            log.warning(
                "govlint: extra_css '%s' is neither in %s nor made by a plugin: every page "
                "links to a stylesheet the site does not have",
                missing,
                config.docs_dir,
            )
        # the generated pages, in the order MkDocs renders them
        generated = self.handbook.files
        pages = [
            file.page
            for file in files.documentation_pages(inclusion=InclusionLevel.is_included)
            if file.src_uri in generated and file.page is not None
        ]
        workers = self.config.workers or usable_cpus()
        asked = self.config.workers is not None
        self.renderer = ParallelRenderer.start(pages, config, files, workers, asked, self.search)
        return nav

    def on_page_context(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        """The language switch of this page: the same page in each language."""
        if len(self.languages) > 1 and self.handbook is not None and self.language is not None:
            key = self.handbook.keys.get(page.file.src_uri)
            config.extra["alternate"] = ln.alternates(
                self.languages,
                self.language,
                key,
                self.paths,
                config.use_directory_urls,
                page.url,
            )
        return context

    @event_priority(-100)  # last: every page has its final content
    def on_env(self, env: Any, config: MkDocsConfig, files: Files) -> Any:
        """Make the print edition from the rendered pages, before MkDocs writes the files."""
        assert self.handbook is not None
        if self.handbook.edition:
            from govlint.handbook.edition_build import make_edition

            make_edition(self.handbook, config, files, EDITION_CSS, self.serving)
        return env

    def on_post_build(self, config: MkDocsConfig) -> None:
        self._close_renderer()
        if self.language is None or self.language.prefix:
            return  # a build of another language: the first build runs them all
        for language in self.languages[1:]:
            self._build_language(config, language)
        self.project = None  # loaded again by the next build (mkdocs serve)

    def _build_language(self, config: MkDocsConfig, language: ln.Language) -> None:
        """Build ``language`` into ``<site_dir>/<lang>/`` with the same configuration."""
        from mkdocs.commands.build import build
        from mkdocs.config import load_config

        site_dir = str(Path(config.site_dir) / language.lang)
        other = load_config(config.config_file_path, site_dir=site_dir, strict=config.strict)
        plugin = other.plugins["govlint"]
        assert isinstance(plugin, GovlintPlugin)
        plugin.project, plugin.language = self.project, language
        log.info("govlint: building the %s handbook into %s", language.lang, site_dir)
        build(other)

    def on_build_error(self, error: Exception) -> None:
        self._close_renderer()

    def _close_renderer(self) -> None:
        if self.renderer is not None:
            log.debug("govlint: %d pages were rendered by workers", self.renderer.used)
            self.renderer.close()
            self.renderer = None
        if self.search is not None:
            self.search.remove()
            self.search = None

    def on_serve(self, server: Any, config: MkDocsConfig, builder: Any) -> Any:
        if self.model_dir is not None:
            server.watch(str(self.model_dir))
        return server
