#!/usr/bin/env python3
"""Exports the model zoo of test/Zoo (issue 19): whole transformer models as
real frontends write them, for --norm-raise, --norm-fuse-residual and
--norm-placement-report to handle and the CPU pipeline to compile.

How to run (needs torch, torch-mlir, transformers, onnx; the test suite
does not, it reads the committed outputs):

    python3 -m venv /work/venv-zoo
    /work/venv-zoo/bin/pip install torch torch-mlir transformers onnx numpy
    /work/venv-zoo/bin/python scripts/export-zoo.py            # everything
    /work/venv-zoo/bin/python scripts/export-zoo.py llama bert # some models

(the CPU wheels of torch, `--index-url https://download.pytorch.org/whl/cpu`,
do as well where that index can be reached). Written with PyTorch 2.15,
torch-mlir 20261001, transformers 5.25 and onnx 1.23.

What it writes into test/Zoo/Inputs (or the directory given by --out):

- MODEL_f32.mlir and MODEL_bf16.mlir: `transformers` models built from
  small configs with random weights (torch.manual_seed(0); hidden 32,
  2 layers, 2 heads, intermediate 64, vocabulary 64, 8 tokens, batch 1,
  eval mode, eager attention), exported whole -- embeddings through the
  final norm, the last hidden state only, through a small wrapper module --
  by torch-mlir's `fx.export_and_import(..., output_type="linalg-on-tensors")`,
  unchanged. bf16 is the same model after `model.to(torch.bfloat16)`.
  Also torch.nn.TransformerEncoder stacks (2 layers, d_model 32) with
  norm_first=False (Post-LN) and norm_first=True (Pre-LN, with the final
  LayerNorm that Pre-LN stacks are used with).
- onnx_MODEL_opsetN_f32.mlir: BERT and LLaMA exported with PyTorch's
  legacy (TorchScript) ONNX exporter at opsets 13 and 17, imported by
  torch-mlir's ONNX importer and lowered to linalg-on-tensors by torch-mlir's
  own pipelines (torch-onnx-to-torch-backend-pipeline, which resolves the
  shapes the exporter computes from constants, torch-lower-to-backend-contract,
  torch-backend-to-linalg-on-tensors-backend-pipeline); static shapes only.
- MODEL_DTYPE.npz: `arg0`, `arg1`, ... the inputs of @main (@main_graph for ONNX) in order (bf16
  values stored as float32, which holds them exactly; token ids as int64)
  and `y`, PyTorch's output (likewise).
- manifest.json: per export the family, the input kind (input_ids,
  pixel_values or hidden states), the config, the versions and the file
  sizes, so that test/Zoo/models.json can say what each file is.

Deterministic: the same seed for every model, weights drawn in f32 and cast
for bf16, inputs drawn from their own generator.
"""

import argparse
import copy
import json
import os
import re
import subprocess
import sys
import tempfile

import numpy as np
import torch
import torch.nn as nn

from torch_mlir import fx

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DEFAULT_OUT = os.path.join(ROOT, "test", "Zoo", "Inputs")

HIDDEN, LAYERS, HEADS, FFN, VOCAB, SEQ = 32, 2, 2, 64, 64, 8
POSITIONS = 16  # learned position tables: as small as the 8 tokens allow


# ---------------------------------------------------------------------------
# The models
# ---------------------------------------------------------------------------


class LastHidden(nn.Module):
    """model(input_ids) -> last_hidden_state, with the all-ones attention
    mask a tokenizer gives (without one, transformers 5 looks for packed
    sequences with a cumsum that torch-mlir lowers to tm_tensor.scan, a
    dialect of its own that upstream MLIR does not have)."""

    def __init__(self, model, mask=True, cache=True, positions=False):
        super().__init__()
        self.model = model
        self.mask = mask
        self.cache = cache
        self.positions = positions

    def forward(self, input_ids):
        kwargs = {}
        if self.mask:
            kwargs["attention_mask"] = torch.ones_like(input_ids)
        if self.cache:
            kwargs["use_cache"] = False
        if self.positions:
            kwargs["position_ids"] = torch.arange(
                input_ids.shape[1]).unsqueeze(0)
        return self.model(input_ids=input_ids, **kwargs).last_hidden_state


class PixelsLastHidden(nn.Module):
    """ViT: pixel_values -> last_hidden_state."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, pixel_values):
        return self.model(pixel_values=pixel_values).last_hidden_state


def hf(config_cls, model_cls, **config):
    """A `transformers` model of the class named, from a small config with
    eager attention, seed 0."""
    import transformers
    cfg = getattr(transformers, config_cls)(**config)
    cfg._attn_implementation = "eager"
    torch.manual_seed(0)
    model = getattr(transformers, model_cls)(cfg)
    return model.eval(), cfg


def ids_input():
    g = torch.Generator().manual_seed(1)
    return (torch.randint(0, VOCAB, (1, SEQ), generator=g),)


def decoder(config_cls, model_cls, **extra):
    def build():
        config = dict(hidden_size=HIDDEN, intermediate_size=FFN,
                      num_hidden_layers=LAYERS, num_attention_heads=HEADS,
                      num_key_value_heads=HEADS, vocab_size=VOCAB,
                      max_position_embeddings=POSITIONS)
        config.update(extra)
        model, cfg = hf(config_cls, model_cls, **config)
        return LastHidden(model), ids_input(), "input_ids", cfg
    return build


def gpt2():
    model, cfg = hf("GPT2Config", "GPT2Model", n_embd=HIDDEN, n_layer=LAYERS,
                    n_head=HEADS, n_inner=FFN, vocab_size=VOCAB,
                    n_positions=POSITIONS)
    return LastHidden(model), ids_input(), "input_ids", cfg


def bert(mask=True):
    model, cfg = hf("BertConfig", "BertModel", hidden_size=HIDDEN,
                    num_hidden_layers=LAYERS, num_attention_heads=HEADS,
                    intermediate_size=FFN, vocab_size=VOCAB,
                    max_position_embeddings=POSITIONS, type_vocab_size=2)
    # BertModel(add_pooling_layer) is a constructor argument; the pooler is
    # not part of the last hidden state and is dropped from the graph.
    return LastHidden(model, mask=mask, cache=False), ids_input(), \
        "input_ids", cfg


def t5():
    model, cfg = hf("T5Config", "T5EncoderModel", d_model=HIDDEN, d_kv=16,
                    d_ff=FFN, num_layers=LAYERS, num_heads=HEADS,
                    vocab_size=VOCAB, relative_attention_num_buckets=8,
                    relative_attention_max_distance=16,
                    feed_forward_proj="relu")
    return LastHidden(model, cache=False), ids_input(), "input_ids", cfg


def opt():
    model, cfg = hf("OPTConfig", "OPTModel", hidden_size=HIDDEN,
                    ffn_dim=FFN, num_hidden_layers=LAYERS,
                    num_attention_heads=HEADS, vocab_size=VOCAB,
                    max_position_embeddings=POSITIONS,
                    word_embed_proj_dim=HIDDEN, do_layer_norm_before=True)
    # Positions given as the arange they are for an all-ones mask: OPT
    # derives them from the mask by a cumsum otherwise (tm_tensor.scan).
    return LastHidden(model, positions=True), ids_input(), "input_ids", cfg


def bloom():
    model, cfg = hf("BloomConfig", "BloomModel", hidden_size=HIDDEN,
                    n_layer=LAYERS, n_head=HEADS, vocab_size=VOCAB)
    # ALiBi's key positions are (cumsum(mask) - 1) * mask, a cumsum that
    # torch-mlir lowers to tm_tensor.scan; for the all-ones mask they are
    # arange(seq): the same values without the scan. Only the ALiBi bias is
    # written differently; the norms and residual adds are BLOOM's.
    from transformers.models.bloom import modeling_bloom

    def alibi(attention_mask, num_heads, dtype):
        batch, seq = attention_mask.shape
        slopes = modeling_bloom._get_alibi_slopes(num_heads,
                                                  attention_mask.device)
        positions = torch.arange(seq, device=attention_mask.device)
        arange_tensor = (positions * attention_mask)[:, None, :]
        return (slopes[..., None] * arange_tensor).reshape(
            batch * num_heads, 1, seq).to(dtype)

    model.build_alibi_tensor = alibi
    return LastHidden(model), ids_input(), "input_ids", cfg


def falcon():
    # Falcon-7B's architecture: one LayerNorm per block feeding attention
    # and MLP in parallel (parallel_attn, not new_decoder_architecture),
    # multi-query attention, rotary, exact GELU.
    model, cfg = hf("FalconConfig", "FalconModel", hidden_size=HIDDEN,
                    num_hidden_layers=LAYERS, num_attention_heads=HEADS,
                    vocab_size=VOCAB, ffn_hidden_size=FFN,
                    new_decoder_architecture=False, parallel_attn=True,
                    multi_query=True, alibi=False, bias=False,
                    max_position_embeddings=POSITIONS)
    return LastHidden(model), ids_input(), "input_ids", cfg


def gpt_neox():
    model, cfg = hf("GPTNeoXConfig", "GPTNeoXModel", hidden_size=HIDDEN,
                    num_hidden_layers=LAYERS, num_attention_heads=HEADS,
                    intermediate_size=FFN, vocab_size=VOCAB,
                    max_position_embeddings=POSITIONS,
                    use_parallel_residual=True, rotary_pct=0.5)
    return LastHidden(model), ids_input(), "input_ids", cfg


def phi():
    model, cfg = hf("PhiConfig", "PhiModel", hidden_size=HIDDEN,
                    intermediate_size=FFN, num_hidden_layers=LAYERS,
                    num_attention_heads=HEADS, num_key_value_heads=HEADS,
                    vocab_size=VOCAB, max_position_embeddings=POSITIONS,
                    partial_rotary_factor=0.5)
    return LastHidden(model), ids_input(), "input_ids", cfg


def vit():
    import transformers
    cfg = transformers.ViTConfig(hidden_size=HIDDEN, num_hidden_layers=LAYERS,
                                 num_attention_heads=HEADS,
                                 intermediate_size=FFN, image_size=16,
                                 patch_size=8, num_channels=3)
    cfg._attn_implementation = "eager"
    torch.manual_seed(0)
    model = transformers.ViTModel(cfg, add_pooling_layer=False).eval()
    g = torch.Generator().manual_seed(1)
    pixels = torch.randn(1, 3, 16, 16, generator=g)
    return PixelsLastHidden(model), (pixels,), "pixel_values", cfg


class TorchEncoder(nn.Module):
    """nn.TransformerEncoder of 2 nn.TransformerEncoderLayer (d_model 32,
    2 heads, feed-forward 64, ReLU, batch_first), Pre-LN stacks with their
    final LayerNorm."""

    def __init__(self, norm_first):
        super().__init__()
        layer = nn.TransformerEncoderLayer(HIDDEN, HEADS, FFN, dropout=0.0,
                                           batch_first=True,
                                           norm_first=norm_first)
        self.encoder = nn.TransformerEncoder(
            layer, LAYERS, norm=nn.LayerNorm(HIDDEN) if norm_first else None,
            enable_nested_tensor=False)

    def forward(self, x):
        return self.encoder(x)


def torch_encoder(norm_first):
    def build():
        torch.manual_seed(0)
        module = TorchEncoder(norm_first).eval()
        g = torch.Generator().manual_seed(1)
        x = torch.randn(1, SEQ, HIDDEN, generator=g)
        cfg = {"d_model": HIDDEN, "nhead": HEADS, "dim_feedforward": FFN,
               "num_layers": LAYERS, "norm_first": norm_first,
               "final_norm": norm_first}
        return module, (x,), "hidden_states", cfg
    return build


def randomize_norms(model):
    """transformers initializes norm gains to 1 (0 for Gemma's 1 + w) and
    biases to 0; canonicalization would drop such γ/β, and a test of γ/β
    folding needs them. Perturb every parameter of a norm module by
    N(0, 0.1), seed 2."""
    g = torch.Generator().manual_seed(2)
    with torch.no_grad():
        for mname, module in model.named_modules():
            low = type(module).__name__.lower()
            if "norm" in low and list(module.parameters(recurse=False)):
                for p in module.parameters(recurse=False):
                    p.add_(0.1 * torch.randn(p.shape, generator=g))


MODELS = {
    "llama": decoder("LlamaConfig", "LlamaModel"),
    "mistral": decoder("MistralConfig", "MistralModel", sliding_window=None),
    "qwen2": decoder("Qwen2Config", "Qwen2Model"),
    "gemma": decoder("GemmaConfig", "GemmaModel", head_dim=16,
                     hidden_activation="gelu_pytorch_tanh"),
    "gemma2": decoder("Gemma2Config", "Gemma2Model", head_dim=16,
                      query_pre_attn_scalar=16, sliding_window=4,
                      hidden_activation="gelu_pytorch_tanh"),
    "gpt2": gpt2,
    "bert": bert,
    "t5": t5,
    "opt": opt,
    "bloom": bloom,
    "falcon": falcon,
    "gpt_neox": gpt_neox,
    "phi": phi,
    "vit": vit,
    "torch_encoder_post": torch_encoder(False),
    "torch_encoder_pre": torch_encoder(True),
}

ONNX_MODELS = {
    # Without an attention mask: the legacy exporter writes the all-ones
    # mask's bidirectional mask with onnx.GreaterOrEqual, which torch-mlir's
    # ONNX importer does not convert. Without one BERT attends to all tokens,
    # the same function.
    "onnx_bert": lambda: bert(mask=False),
    "onnx_llama": decoder("LlamaConfig", "LlamaModel"),
    "onnx_gpt2": gpt2,
}
# Opset 17 has LayerNormalization, which the legacy exporter writes for
# nn.LayerNorm; RMSNorm is decomposed at every opset, and LLaMA's graph at
# opset 17 is the same as at 13 (checked): exported once.
ONNX_OPSETS = {"onnx_bert": (13, 17), "onnx_llama": (13,),
               "onnx_gpt2": (13, 17)}


# What differs from the plain recipe (input_ids, an all-ones attention
# mask), recorded in manifest.json. No model needed inputs_embeds.
NOTES = {
    "opt": "position_ids passed as arange(8) (OPT derives them from the "
           "mask by a cumsum, which torch-mlir lowers to tm_tensor.scan)",
    "bloom": "ALiBi positions written as arange(8) * mask instead of "
             "(cumsum(mask) - 1) * mask (same values; the cumsum lowers to "
             "tm_tensor.scan)",
    "bert": "token_type_ids: BERT's default zeros buffer",
    "onnx_bert": "no attention mask (the legacy exporter writes the "
                 "all-ones mask with onnx.GreaterOrEqual, which torch-mlir's "
                 "ONNX importer does not convert); token_type_ids default",
    "onnx_llama": "opset 13 only: the graph at opset 17 is the same "
                  "(RMSNorm is decomposed at every opset)",
    "vit": "input pixel_values (1, 3, 16, 16); 8x8 patches + CLS: 5 tokens",
    "torch_encoder_post": "input hidden states (1, 8, 32)",
    "torch_encoder_pre": "input hidden states (1, 8, 32)",
    "t5": "T5EncoderModel, relative attention 8 buckets, ReLU feed-forward",
}


# ---------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------


def persist_buffers(module):
    """Non-persistent buffers (rotary inv_freq, position_ids) are not in the
    state dict, and torch-mlir's fx importer looks constants up there."""
    for m in module.modules():
        m._non_persistent_buffers_set.clear()


def check_pure(text, name):
    """Upstream MLIR only: no torch, torch_c or tm_tensor ops or types left
    (resource names like torch_tensor_32_torch.float32 do not count)."""
    left = sorted(set(re.findall(
        r"(?<![\w.])(?:torch|torch_c|tm_tensor)\.[a-z_.]+",
        text.split("{-#")[0])))
    if left:
        raise RuntimeError(f"{name}: not pure linalg-on-tensors: {left[:5]}")


def header(name, family, note):
    import transformers
    return (f"// Exported by scripts/export-zoo.py (torch-mlir, PyTorch "
            f"{torch.__version__.split('+')[0]}, transformers "
            f"{transformers.__version__}) as linalg-on-tensors IR, "
            f"unchanged:\n// {name}: {family}; {note}\n")


def save_npz(path, inputs, y):
    arrays = {}
    for i, a in enumerate(inputs):
        arrays[f"arg{i}"] = (a.float() if a.is_floating_point() else a).numpy()
    arrays["y"] = y.float().numpy()
    np.savez_compressed(path, **arrays)


def config_dict(cfg):
    if isinstance(cfg, dict):
        return cfg
    keep = {}
    for k, v in cfg.to_dict().items():
        if isinstance(v, (int, float, str, bool)) or v is None:
            keep[k] = v
    return keep


def export_torch(out, name, build, manifest):
    module, inputs, kind, cfg = build()
    randomize_norms(module)
    persist_buffers(module)
    for dtype, suffix in ((torch.float32, "f32"), (torch.bfloat16, "bf16")):
        m = copy.deepcopy(module).to(dtype)
        args = tuple(a.to(dtype) if a.is_floating_point() else a
                     for a in inputs)
        with torch.no_grad():
            y = m(*args)
        exported = fx.export_and_import(m, *args,
                                        output_type="linalg-on-tensors")
        text = str(exported)
        check_pure(text, f"{name}_{suffix}")
        base = os.path.join(out, f"{name}_{suffix}")
        with open(base + ".mlir", "w") as f:
            f.write(header(name, type(m.model if hasattr(m, "model") else m)
                           .__name__, f"input {kind}, {suffix}"))
            f.write(text)
        save_npz(base + ".npz", args, y)
        manifest[f"{name}_{suffix}"] = {
            "family": name, "dtype": suffix, "input": kind,
            "frontend": "torch-mlir fx linalg-on-tensors",
            "note": NOTES.get(name, ""),
            "config": config_dict(cfg),
            "bytes": os.path.getsize(base + ".mlir")}
        print(f"wrote {name}_{suffix}.mlir ({os.path.getsize(base + '.mlir')}"
              f" bytes)", flush=True)


# torch-onnx-to-torch-backend-pipeline is convert-torch-onnx-to-torch plus
# torch-mlir's shape scalarization and refinement: without them, shapes the
# legacy exporter computes from constants (GPT-2's causal mask, expanded by
# Where(shape == -1, ...)) stay dynamic, and the linalg lowering assumes a
# dynamic size is not a broadcast 1 and asserts at run time ("mismatched
# size for broadcast").
ONNX_PIPELINE = ("builtin.module(torch-onnx-to-torch-backend-pipeline,"
                 "torch-lower-to-backend-contract,"
                 "torch-backend-to-linalg-on-tensors-backend-pipeline)")


def import_onnx(path):
    """ONNX file -> linalg-on-tensors module text, with torch-mlir's own
    importer and pipelines."""
    import onnx
    from torch_mlir.extras import onnx_importer
    from torch_mlir.dialects import torch as torch_d
    from torch_mlir.ir import Context
    from torch_mlir.compiler_utils import run_pipeline_with_repro_report
    model = onnx.load(path)
    model = onnx.shape_inference.infer_shapes(model, data_prop=True)
    context = Context()
    torch_d.register_dialect(context)
    info = onnx_importer.ModelInfo(model)
    module = info.create_module(context=context).operation
    onnx_importer.NodeImporter.define_function(info.main_graph,
                                               module).import_all()
    run_pipeline_with_repro_report(module, ONNX_PIPELINE,
                                   "ONNX to linalg-on-tensors")
    return str(module)


def export_onnx(out, name, build, manifest):
    module, inputs, kind, cfg = build()
    randomize_norms(module)
    with torch.no_grad():
        y = module(*inputs)
    for opset in ONNX_OPSETS[name]:
        full = f"{name}_opset{opset}_f32"
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "model.onnx")
            torch.onnx.export(module, inputs, path, dynamo=False,
                              opset_version=opset, input_names=["input_ids"],
                              output_names=["y"], do_constant_folding=True)
            text = import_onnx(path)
        check_pure(text, full)
        base = os.path.join(out, full)
        with open(base + ".mlir", "w") as f:
            f.write(f"// Exported by scripts/export-zoo.py: PyTorch "
                    f"{torch.__version__.split('+')[0]} legacy ONNX exporter "
                    f"(opset {opset}), torch-mlir's ONNX importer and "
                    f"linalg-on-tensors pipeline, unchanged:\n// {full}: "
                    f"{type(module.model).__name__}; input {kind}, f32\n")
            f.write(text)
        save_npz(base + ".npz", inputs, y)
        manifest[full] = {
            "family": name, "dtype": "f32", "input": kind,
            "frontend": f"ONNX opset {opset} -> torch-mlir",
            "note": NOTES.get(name, ""),
            "config": config_dict(cfg),
            "bytes": os.path.getsize(base + ".mlir")}
        print(f"wrote {full}.mlir ({os.path.getsize(base + '.mlir')} bytes)",
              flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("models", nargs="*",
                        help="names to export (default: all): "
                        + ", ".join(list(MODELS) + list(ONNX_MODELS)))
    parser.add_argument("--out", default=DEFAULT_OUT)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    manifest_path = os.path.join(args.out, "manifest.json")
    manifest = {}
    if os.path.exists(manifest_path):
        with open(manifest_path) as f:
            manifest = json.load(f)
    names = args.models or list(MODELS) + list(ONNX_MODELS)
    failed = []
    for name in names:
        try:
            if name in MODELS:
                export_torch(args.out, name, MODELS[name], manifest)
            elif name in ONNX_MODELS:
                export_onnx(args.out, name, ONNX_MODELS[name], manifest)
            else:
                sys.exit(f"unknown model {name}")
        except Exception as e:  # keep going: report every failure at the end
            failed.append(name)
            print(f"FAILED {name}: {type(e).__name__}: {str(e)[:2000]}",
                  flush=True)
        with open(manifest_path, "w") as f:
            json.dump(dict(sorted(manifest.items())), f, indent=1)
            f.write("\n")
    if failed:
        sys.exit(f"failed: {' '.join(failed)}")


if __name__ == "__main__":
    main()
