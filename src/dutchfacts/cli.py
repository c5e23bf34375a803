"""dutchfacts: numbers, percentages, years and actors from Dutch news articles.

Heavy imports (spaCy, the pydantic records) wait inside the commands, so that
`dutchfacts --help` answers at once.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, List, Optional

import typer

from .errors import OutputError

if TYPE_CHECKING:
    from .io.batch import Batch
    from .io.inputs import Inputs

# Plain help (not rich's boxes): flags read as flags (`--force`, not `--force <bool>`), and it answers faster.
app = typer.Typer(
    add_completion=False, no_args_is_help=True, rich_markup_mode=None,
    help="Numbers, percentages, years and actors from Dutch news articles, as validated records.",
)


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


MODEL_HELP = "spaCy pipeline name or path, or blank:nl (default: the packaged model)."
RULES_HELP = "Folder of rule files that add to the packaged ones of the same name (or replace one that starts with `# replace`)."
DATE_HELP = "Article date YYYY[-MM[-DD]], overriding the text's ` date …` prefix"


def valid_date(date: Optional[str]) -> Optional[str]:
    from .records import check_date

    try:
        return check_date(date)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"dutchfacts: {message}", err=True)
    raise typer.Exit(code)


def load_or_fail(model: Optional[str], rules: Optional[Path] = None):
    from .pipeline import ModelError, load
    from .rulefiles import RuleFileError

    try:
        return load(model, rules)
    except (ModelError, RuleFileError) as error:
        fail(str(error))


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="Article files, folders (recursive *.txt), JSONL archives (*.jsonl) or - for stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write here instead of stdout: JSONL line by line as results come, CSV and Parquet atomically."),
    output_format: OutputFormat = typer.Option(OutputFormat.jsonl, "--format", help="jsonl: one article a line; csv: one mention a row, and OUT.actors.csv one actor a row; parquet (needs -o): the same two tables as OUT.parquet and OUT.actors.parquet (one actor mention a row)."),
    date: Optional[str] = typer.Option(None, callback=valid_date, help=f"{DATE_HELP} (a JSONL record's date wins)."),
    model: Optional[str] = typer.Option(None, help=MODEL_HELP),
    rules: Optional[Path] = typer.Option(None, "--rules", help=RULES_HELP),
    n_process: Optional[int] = typer.Option(None, "--n-process", min=1, help="Worker processes for nlp.pipe (default: all cores)."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles handed to the pipeline (and to a worker) at a time."),
    jsonl_input: bool = typer.Option(False, "--jsonl-input", help='Read stdin as JSONL records {"id", "text", "date"}.'),
    resume: bool = typer.Option(False, "--resume", help="Skip the articles already in the JSONL output file and append the rest."),
) -> None:
    """Extract numbers, percentages and years from Dutch news articles."""
    from .io.inputs import Inputs
    from .io.output import actors_path, output_lock, refuse_inputs

    if resume and (output is None or output_format is not OutputFormat.jsonl):
        fail("--resume needs a JSONL output file (-o OUT.jsonl)")
    if output_format is OutputFormat.parquet:
        from .io.parquet import ParquetUnavailable, arrow

        if output is None:
            fail("--format parquet needs an output file (-o OUT.parquet)")
        try:
            arrow()
        except ParquetUnavailable as error:
            fail(str(error))
    inputs = Inputs(paths, date, stdin_jsonl=jsonl_input)
    outputs = [output] if output else []
    if output and output_format is OutputFormat.csv:
        outputs.append(actors_path(output))
    elif output and output_format is OutputFormat.parquet:
        from .io.parquet import actors_path as parquet_actors_path

        outputs.append(parquet_actors_path(output))
    try:
        refuse_inputs(outputs, inputs.paths)
        with output_lock(output):
            batch = run_extract(inputs, output, output_format, model, rules, n_process, batch_size, resume)
    except OutputError as error:
        fail(str(error))
    problems = [f"{len(inputs.errors)} inputs could not be read"] if inputs.errors else []
    if batch.failures:
        problems.append(f"{len(batch.failures)} articles could not be processed")
    if problems:
        typer.echo(f"dutchfacts: {' and '.join(problems)} (see above)", err=True)
        raise typer.Exit(1)


def run_extract(
    inputs: Inputs, output: Optional[Path], output_format: OutputFormat, model: Optional[str], rules: Optional[Path],
    n_process: Optional[int], batch_size: int, resume: bool,
) -> Batch:
    from tqdm import tqdm

    from .io.batch import Batch, worker_count
    from .io.output import actors_output, open_output, result_writer
    from .io.resume import ResumeError, completed_documents, skip_completed

    nlp = load_or_fail(model, rules)
    try:
        done = completed_documents(output) if resume else Counter()
    except ResumeError as error:
        fail(str(error))
    already_written = sum(done.values())
    total = inputs.total()
    progress = tqdm(total=total, unit="article", file=sys.stderr, disable=total is not None and total <= 1)
    inputs.progress = progress
    batch = Batch(nlp, batch_size, worker_count(n_process, total, batch_size), progress)
    try:
        with open_output(output, output_format.value, append=resume) as stream, actors_output(output, output_format.value) as actor_stream:
            batch.run(skip_completed(inputs, done, progress), result_writer(output_format.value, stream, actor_stream))
    except KeyboardInterrupt:
        progress.close()
        if output is None or output_format is not OutputFormat.jsonl:
            fail(f"interrupted after {batch.written} articles{f'; {output} was not written' if output else ''}", code=130)
        fail(f"interrupted: {output} holds {already_written + batch.written} whole results; "
             "run the same command with --resume to go on", code=130)
    progress.close()
    return batch


@app.command()
def evaluate(
    folder: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder of NAME.txt + NAME.expected.yaml."),
    diff: bool = typer.Option(False, "--diff", help="List per article what was missed and what was spurious."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    html: Optional[Path] = typer.Option(None, "--html", help="Also write an HTML report with every article's errors marked."),
    model: Optional[str] = typer.Option(None, help=MODEL_HELP),
    rules: Optional[Path] = typer.Option(None, "--rules", help=RULES_HELP),
    n_process: int = typer.Option(1, "--n-process", min=1, help="Worker processes for the pipeline."),
) -> None:
    """Score the pipeline on labelled articles (ANNOTATION.md's scoring)."""
    from .evaluation.folder import evaluate_folder
    from .evaluation.labels import labelled_articles
    from .io.output import atomic_output
    from .io.progress import progress_bar
    from .evaluation.console import ReportConsole, print_diff, print_summary

    nlp = load_or_fail(model, rules)
    with progress_bar(len(labelled_articles(folder))) as progress:
        evaluation = evaluate_folder(folder, nlp, n_process=n_process, progress=progress.update)
    if as_json:
        typer.echo(json.dumps(evaluation.summary(), indent=2, ensure_ascii=False))
    else:
        # The scores first: `evaluate --diff | head` shows them, and a long diff does not hide them.
        console = ReportConsole()
        print_summary(evaluation, folder, console)
        if diff:
            print_diff(evaluation, console)
    if html is not None:
        from .pipeline import model_info
        from .views.report_page import report_page

        model_name = " ".join(model_info(nlp).values())
        with atomic_output(html) as stream:
            stream.write(report_page(evaluation, str(folder), model_name))
        typer.echo(f"dutchfacts: wrote {html}", err=True)
    for failure in evaluation.failures:
        typer.echo(f"error: {failure}", err=True)
    if evaluation.failures:
        raise typer.Exit(1)


@app.command()
def explain(
    source: str = typer.Argument(..., help="An article file, or the text itself, or - for stdin."),
    tokens: bool = typer.Option(False, "--tokens", help="Also list the tokens with POS, lemma and dependency."),
    model: Optional[str] = typer.Option(None, help=MODEL_HELP),
    rules: Optional[Path] = typer.Option(None, "--rules", help=RULES_HELP),
    date: Optional[str] = typer.Option(None, callback=valid_date, help=f"{DATE_HELP}."),
) -> None:
    """Show every mention and actor of one text with the rule that found it."""
    from rich.console import Console

    from .views.explain import explain as explain_article, print_explanation, read_source
    from .io.reading import ArticleError

    nlp = load_or_fail(model, rules)
    try:
        article = read_source(source, date)
    except ArticleError as error:
        fail(str(error))
    print_explanation(explain_article(nlp, article, tokens), Console())


@app.command()
def render(
    paths: List[str] = typer.Argument(..., help="Article files, folders (recursive *.txt), JSONL archives (*.jsonl) or - for stdin."),
    output: Path = typer.Option(..., "-o", "--output", help="The HTML page to write."),
    model: Optional[str] = typer.Option(None, help=MODEL_HELP),
    rules: Optional[Path] = typer.Option(None, "--rules", help=RULES_HELP),
    date: Optional[str] = typer.Option(None, callback=valid_date, help=f"{DATE_HELP}."),
) -> None:
    """Write one self-contained HTML page showing the figures and actors of the articles."""
    from .io.inputs import Inputs
    from .io.output import atomic_output
    from .io.progress import progress_bar
    from .views.markup import plural
    from .views.render import render_articles, render_page

    nlp = load_or_fail(model, rules)
    inputs = Inputs(paths, date)
    articles = list(inputs)
    failures = inputs.errors
    with progress_bar(len(articles)) as progress:
        rendered = render_articles(nlp, articles, failures, progress.update)
    with atomic_output(output) as stream:
        stream.write(render_page(rendered, failures))
    typer.echo(f"dutchfacts: wrote {output} ({plural(len(rendered), 'article')})", err=True)
    if failures:
        typer.echo(f"dutchfacts: {len(failures)} of {len(inputs)} inputs could not be read or processed (see above)", err=True)
        raise typer.Exit(1)


@app.command()
def label(
    paths: List[Path] = typer.Argument(..., help="Article files (NAME.txt) or folders of them (recursive)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", file_okay=False, help="Write the label files into this folder instead of beside each article."),
    model: Optional[str] = typer.Option(None, help=MODEL_HELP),
    date: Optional[str] = typer.Option(None, callback=valid_date, help=f"{DATE_HELP}."),
    force: bool = typer.Option(False, "--force", help="Replace label files that are already there."),
) -> None:
    """Draft NAME.expected.yaml label files for a person to correct (ANNOTATION.md's format)."""
    from .evaluation.drafting import DraftError, write_draft
    from .io.reading import expand_paths

    nlp = load_or_fail(model)
    failures = 0
    for path in expand_paths(paths):
        try:
            typer.echo(f"dutchfacts: wrote {write_draft(nlp, path, output, date, force)}", err=True)
        except DraftError as error:
            failures += 1
            typer.echo(f"dutchfacts: {error}", err=True)
    if failures:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output record (one article)."""
    from .records import ArticleResult

    typer.echo(json.dumps(ArticleResult.model_json_schema(), indent=2, ensure_ascii=False))


@app.command()
def info(
    model: Optional[str] = typer.Option(None, help=MODEL_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print everything as JSON (components, rule files, sources, all scores)."),
) -> None:
    """Which pipeline and rule files a run uses, the model's accuracy, the dutchfacts version."""
    from .about import details_text, pipeline_details

    details = pipeline_details(load_or_fail(model))
    typer.echo(json.dumps(details, indent=2, ensure_ascii=False) if as_json else details_text(details))


def main() -> None:
    app()
