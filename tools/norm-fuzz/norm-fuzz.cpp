//===- norm-fuzz.cpp - libFuzzer target for the norm toolchain ------------===//
//
// Feeds arbitrary bytes through parse -> verify -> every norm pass and
// pipeline (the configurations of test/lib/norm_sweep.py). Any crash,
// assertion or sanitizer report is a bug: invalid input must end in a
// diagnostic. A pass that succeeds but leaves IR that does not verify is a
// bug too: the target traps on it (NORM_FUZZ_INVALID_IR=ignore turns that
// off). Built and run by scripts/fuzz.sh. NORM_FUZZ_TIME=1 prints the time
// of each configuration (which one crashed, which ones are slow).
//
// Inputs reach every op form: the parse context has every dialect norm IR is
// written in (memref for the buffer forms, scf/cf/func for the contexts,
// linalg/tosa for what --norm-raise and --norm-fuse-residual match), and
// every parsed module goes through every configuration, tensor and memref
// alike. A custom mutator (below) swaps tokens between known-valid forms, so
// a tensor case becomes a memref case, an f32 case bf16, a LayerNorm an
// RMSNorm, one clause another.
//
//===----------------------------------------------------------------------===//

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/Verifier.h"
#include "mlir/InitAllDialects.h"
#include "mlir/InitAllExtensions.h"
#include "mlir/InitAllPasses.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassInstrumentation.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Target/LLVMIR/Dialect/All.h"
#include "norm/InitAllNorm.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cctype>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <random>
#include <string>
#include <vector>

using namespace mlir;

namespace {
//===----------------------------------------------------------------------===//
// Contexts
//===----------------------------------------------------------------------===//

/// Inputs are parsed in a context that has only the dialects norm IR and the
/// IR around it are written in: upstream parsers of other dialects are not
/// what this target fuzzes. A module that parses and verifies is printed and
/// re-parsed in a context with everything registered, where the pipelines
/// run.
MLIRContext &getParseContext() {
  static MLIRContext *context = [] {
    DialectRegistry registry;
    registry
        .insert<arith::ArithDialect, bufferization::BufferizationDialect,
                cf::ControlFlowDialect, func::FuncDialect,
                linalg::LinalgDialect, math::MathDialect, memref::MemRefDialect,
                scf::SCFDialect, tensor::TensorDialect, tosa::TosaDialect>();
    norm::registerAllDialects(registry);
    auto *ctx = new MLIRContext(registry, MLIRContext::Threading::DISABLED);
    ctx->getDiagEngine().registerHandler([](Diagnostic &) {});
    return ctx;
  }();
  return *context;
}

MLIRContext &getPipelineContext() {
  static MLIRContext *context = [] {
    registerAllPasses();
    norm::registerAllPasses();
    DialectRegistry registry;
    registerAllDialects(registry);
    registerAllExtensions(registry);
    // gpu-module-to-binary translates kernels to LLVM IR (as in norm-opt).
    registerAllGPUToLLVMIRTranslations(registry);
    norm::registerAllDialects(registry);
    auto *ctx = new MLIRContext(registry, MLIRContext::Threading::DISABLED);
    ctx->getDiagEngine().registerHandler([](Diagnostic &) {});
    return ctx;
  }();
  return *context;
}

/// LLVM 22's linalg.broadcast, linalg.transpose and linalg.reduce parsers
/// segfault on a malformed `dimensions` / `permutation` list after reporting
/// the parse error, in mlir-opt as in norm-opt
/// (tools/norm-fuzz/known-upstream/). Inputs that use one of these ops are
/// only parsed when each such list is a well-formed list of integers.
bool avoidsKnownUpstreamParserCrashes(llvm::StringRef text) {
  if (!text.contains("linalg.broadcast") &&
      !text.contains("linalg.transpose") && !text.contains("linalg.reduce"))
    return true;
  for (llvm::StringRef keyword : {"dimensions", "permutation"}) {
    for (size_t pos = text.find(keyword); pos != llvm::StringRef::npos;
         pos = text.find(keyword, pos + 1)) {
      llvm::StringRef rest = text.drop_front(pos + keyword.size()).ltrim();
      if (!rest.consume_front("="))
        return false;
      rest = rest.ltrim();
      if (!rest.consume_front("["))
        return false;
      rest = rest.ltrim();
      if (rest.consume_front("]"))
        continue;
      while (true) {
        rest.consume_front("-");
        size_t digits = rest.find_first_not_of("0123456789");
        if (digits == 0 || digits == llvm::StringRef::npos)
          return false;
        rest = rest.drop_front(digits).ltrim();
        if (rest.consume_front("]"))
          break;
        if (!rest.consume_front(","))
          return false;
        rest = rest.ltrim();
      }
    }
  }
  return true;
}

/// LLVM 22 segfaults canonicalizing a memref.dim whose constant index is
/// out of range once the gpu dialect is loaded (mlir-opt
/// --convert-parallel-loops-to-gpu --canonicalize;
/// tools/norm-fuzz/known-upstream/dim-out-of-range.mlir), which the GPU
/// pipeline does after bufferizing a tensor.dim. Such an index is undefined
/// behavior and the verifier accepts it; the target skips these modules.
bool hasOutOfRangeDim(ModuleOp module) {
  auto outOfRange = [](Value source, Value index) {
    auto type = dyn_cast<ShapedType>(source.getType());
    APInt value;
    return type && type.hasRank() &&
           matchPattern(index, m_ConstantInt(&value)) &&
           (value.isNegative() || value.uge(type.getRank()));
  };
  return module
      ->walk([&](Operation *op) {
        if (auto dim = dyn_cast<tensor::DimOp>(op))
          if (outOfRange(dim.getSource(), dim.getIndex()))
            return WalkResult::interrupt();
        if (auto dim = dyn_cast<memref::DimOp>(op))
          if (outOfRange(dim.getSource(), dim.getIndex()))
            return WalkResult::interrupt();
        return WalkResult::advance();
      })
      .wasInterrupted();
}

/// LLVM 22's tosa-to-linalg lowers a tosa.cast between f16 and bf16 to an
/// arith.truncf/extf of equal widths, which does not verify
/// (tools/norm-fuzz/known-upstream/tosa-cast-bf16-f16.mlir); the pipelines
/// run it first. The target skips these modules.
bool hasUpstreamInvalidTosaCast(ModuleOp module) {
  return module
      ->walk([](tosa::CastOp cast) {
        Type from = getElementTypeOrSelf(cast.getInput().getType());
        Type to = getElementTypeOrSelf(cast.getType());
        if ((from.isF16() && to.isBF16()) || (from.isBF16() && to.isF16()))
          return WalkResult::interrupt();
        return WalkResult::advance();
      })
      .wasInterrupted();
}

//===----------------------------------------------------------------------===//
// Configurations
//===----------------------------------------------------------------------===//

/// Every norm pass and pipeline, with their options: the configurations of
/// test/lib/norm_sweep.py (keep the two in step), plus the GPU loop mapping
/// norm-gpu-tile-parallel-loops feeds. Every input goes through all of
/// these. Anchored on builtin.module; passes
/// anchored on func.func or gpu.module are nested explicitly.
const char *const kConfigs[] = {
    "canonicalize",
    "norm-raise",
    "norm-fuse-residual",
    "norm-fuse-residual{report=1}",
    "norm-raise,norm-fuse-residual",
    "norm-placement-report",
    "norm-expand-sublayers",
    "norm-expand-sublayers,norm-fuse-residual{report=1},"
    "norm-placement-report",
    "convert-norm-to-linalg",
    "convert-norm-to-linalg{keep-row-norms}",
    "convert-norm-to-linalg{keep-batch-norms}",
    "convert-norm-to-linalg{keep-row-norms keep-batch-norms}",
    "convert-norm-to-cpu",
    "convert-norm-to-cpu{streaming-threshold=0}",
    "convert-norm-to-cpu{vector-width=8}",
    "convert-norm-to-cpu{outline=false}",
    "convert-norm-to-cpu{vector-width=4 unroll=1 streaming-threshold=0 "
    "prefetch=false bf16-row-buffer=false}",
    "one-shot-bufferize{bufferize-function-boundaries=1},"
    "convert-norm-to-cpu{streaming-threshold=0}",
    "convert-norm-to-gpu",
    "convert-norm-to-gpu{vector-bytes=0}",
    "one-shot-bufferize{bufferize-function-boundaries=1},"
    "convert-norm-to-gpu,norm-gpu-device-memory",
    "norm-read-only-arguments",
    "norm-split-empty-tensors",
    "norm-emit-c-interface",
    "norm-drop-argument-results",
    "func.func(norm-deallocate-after-last-use)",
    "norm-erase-self-copies",
    "norm-fuse-elementwise",
    "norm-gpu-device-memory",
    "gpu.module(norm-gpu-register-budget)",
    "func.func(norm-gpu-tile-parallel-loops)",
    "func.func(norm-gpu-tile-parallel-loops,gpu-map-parallel-loops,"
    "convert-parallel-loops-to-gpu)",
};

/// The full pipelines, ten times the cost of all the configurations above
/// together (codegen, NVPTX): each input goes through one of them, picked by
/// a hash of its bytes, so that every mutation of an input may take another
/// (NORM_FUZZ_ALL_PIPELINES=1: every input through all of them).
const char *const kPipelines[] = {
    "norm-cpu-pipeline{num-threads=1}",
    "norm-cpu-pipeline{lowering=linalg num-threads=1}",
    "norm-cpu-pipeline{streaming-threshold=0 num-threads=1 "
    "bf16-rounding=software vector-width=8}",
    "norm-fuse-residual,norm-cpu-pipeline{num-threads=1}",
    "norm-gpu-pipeline{format=isa}",
    "norm-gpu-pipeline{format=isa vector-bytes=0}",
    "norm-cpu-pipeline{num-threads=1},norm-bf16-memory-as-i16,"
    "norm-flush-before-abort,norm-sanitize-address,"
    "norm-llvm-target-features{features=+avx2}",
};

/// Verifies the IR after each pass that succeeded (the pass manager's own
/// verifier is off): a pass that reports success must leave valid IR, or the
/// next pass and every embedder that does not verify get invalid IR.
struct InvalidIRTrap : public PassInstrumentation {
  explicit InvalidIRTrap(const char *config) : config(config) {}
  void runAfterPass(Pass *pass, Operation *op) override {
    std::string diagnostics;
    LogicalResult result = success();
    {
      ScopedDiagnosticHandler handler(op->getContext(), [&](Diagnostic &diag) {
        llvm::raw_string_ostream os(diagnostics);
        os << diag.getLocation() << ": " << diag << "\n";
        return success();
      });
      result = verify(op);
    }
    if (succeeded(result))
      return;
    llvm::errs() << "norm-fuzz: invalid IR after " << pass->getArgument()
                 << " (configuration '" << config << "'):\n"
                 << diagnostics;
    __builtin_trap();
  }
  const char *config;
};

bool trapOnInvalidIR() {
  static const bool trap = [] {
    const char *value = std::getenv("NORM_FUZZ_INVALID_IR");
    return !value || std::strcmp(value, "ignore") != 0;
  }();
  return trap;
}

//===----------------------------------------------------------------------===//
// Structure-aware mutation
//===----------------------------------------------------------------------===//
//
// Half of the mutations are libFuzzer's own (bytes, the -dict words,
// cross-over). The other half pick a group of interchangeable tokens below,
// find the group's tokens in the input and replace one of them -- or, one
// time in four, every occurrence of it -- by another token of the group.
// The input stays close to valid IR: a tensor form becomes a memref form,
// f32 becomes bf16, one op, clause, attribute name, axis or dimension
// another. Tokens match on boundaries (Boundary below), so `f16` is not
// found inside `bf16` nor `axis` inside `channel_axis`.

enum class Boundary {
  None, // any occurrence
  Word, // not inside a longer identifier or number ([A-Za-z0-9_.])
  Type, // as Word, but may follow the `x` of a shape (`4x8xf32`)
};

struct TokenGroup {
  Boundary boundary;
  std::vector<llvm::StringRef> tokens;
};

const std::vector<TokenGroup> &getTokenGroups() {
  static const std::vector<TokenGroup> groups = {
      {Boundary::Word,
       {"norm.layer_norm", "norm.rms_norm", "norm.batch_norm", "norm.deep_norm",
        "norm.add_layer_norm", "norm.add_rms_norm", "norm.sandwich_norm"}},
      {Boundary::Type, {"f32", "f16", "bf16", "f64"}},
      {Boundary::None, {"tensor<", "memref<"}},
      {Boundary::None,
       {"scale(", "bias(", "add_bias(", "out_scale(", "out_bias(", "running(",
        "outs("}},
      {Boundary::Word,
       {"axis", "channel_axis", "epsilon", "offset", "alpha", "momentum",
        "inner_epsilon", "encoder_layers", "decoder_layers"}},
      {Boundary::Word, {"-1", "0", "1", "2", "-2", "3", "-3"}},
      {Boundary::None, {"<?x", "<0x", "<1x", "<4x", "<7x", "<2x"}},
      {Boundary::None, {"x?x", "x0x", "x1x", "x4x", "x64x", "x4097x"}},
      {Boundary::None, {"xf", "x?xf", "x1xf", "x0xf"}},
      {Boundary::None,
       {"strided<[?, 1]>", "strided<[128, 1]>", "strided<[?, ?]>",
        "strided<[?, 1], offset: ?>", "strided<[1, ?]>"}},
      {Boundary::Word, {"pre", "post", "sandwich", "deepnorm"}},
      {Boundary::Word, {"layer_norm", "rms_norm"}},
      {Boundary::None,
       {"#norm.arch<decoder>", "#norm.arch<encoder>",
        "#norm.arch<encdec_encoder>", "#norm.arch<encdec_decoder>"}},
      {Boundary::None, {"arith.addf", "arith.mulf", "arith.subf"}},
      {Boundary::None, {"training", "training = false"}},
      {Boundary::None,
       {"1.000000e-05", "0.000000e+00", "-1.000000e+00", "1.000000e+300",
        "0x7FF8000000000000", "5.000000e-01"}},
  };
  return groups;
}

bool isIdentifierChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.';
}

bool atBoundary(llvm::StringRef text, size_t pos, llvm::StringRef token,
                Boundary boundary) {
  if (boundary == Boundary::None)
    return true;
  size_t end = pos + token.size();
  bool identifierEnd = isIdentifierChar(token.back());
  if (identifierEnd && end < text.size() && isIdentifierChar(text[end]))
    return false;
  if (pos == 0 || !isIdentifierChar(token.front()))
    return true;
  char before = text[pos - 1];
  if (boundary == Boundary::Type && before == 'x')
    return true;
  return !isIdentifierChar(before) && before != '-';
}

size_t swapTokens(uint8_t *data, size_t size, size_t maxSize,
                  std::minstd_rand &rng) {
  const auto &groups = getTokenGroups();
  const TokenGroup &group = groups[rng() % groups.size()];
  llvm::StringRef text(reinterpret_cast<const char *>(data), size);
  struct Hit {
    size_t pos;
    size_t token;
  };
  std::vector<Hit> hits;
  for (size_t t = 0; t < group.tokens.size(); ++t) {
    llvm::StringRef token = group.tokens[t];
    for (size_t pos = text.find(token); pos != llvm::StringRef::npos;
         pos = text.find(token, pos + 1))
      if (atBoundary(text, pos, token, group.boundary))
        hits.push_back({pos, t});
  }
  if (hits.empty())
    return 0;
  Hit hit = hits[rng() % hits.size()];
  size_t replacement = rng() % (group.tokens.size() - 1);
  if (replacement >= hit.token)
    ++replacement;
  llvm::StringRef from = group.tokens[hit.token];
  llvm::StringRef to = group.tokens[replacement];
  bool everywhere = rng() % 4 == 0;
  std::string out;
  out.reserve(size + to.size());
  size_t copied = 0;
  for (const Hit &other : hits) {
    if (other.token != hit.token || (!everywhere && other.pos != hit.pos))
      continue;
    if (other.pos < copied) // overlaps the previous replacement
      continue;
    out.append(text.substr(copied, other.pos - copied).str());
    out.append(to.str());
    copied = other.pos + from.size();
  }
  out.append(text.substr(copied).str());
  if (out.size() > maxSize)
    return 0;
  std::memcpy(data, out.data(), out.size());
  return out.size();
}
} // namespace

extern "C" size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size,
                                          size_t maxSize, unsigned int seed) {
  std::minstd_rand rng(seed);
  if (rng() % 2 == 0) {
    if (size_t newSize = swapTokens(data, size, maxSize, rng))
      return newSize;
  }
  return LLVMFuzzerMutate(data, size, maxSize);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string text(reinterpret_cast<const char *>(data), size);
  if (!avoidsKnownUpstreamParserCrashes(text))
    return 0;
  std::string printed;
  {
    // Top-level ops other than a single module are wrapped in one, so that
    // a lone func.func and several functions both run through the module
    // pipelines below.
    OwningOpRef<ModuleOp> module =
        parseSourceString<ModuleOp>(text, ParserConfig(&getParseContext()));
    if (!module || failed(verify(*module)) || hasOutOfRangeDim(*module) ||
        hasUpstreamInvalidTosaCast(*module))
      return 0;
    llvm::raw_string_ostream os(printed);
    module->print(os, OpPrintingFlags().printGenericOpForm());
  }
  MLIRContext &context = getPipelineContext();
  OwningOpRef<ModuleOp> module =
      parseSourceString<ModuleOp>(printed, ParserConfig(&context));
  // It may not: discardable attributes of dialects absent from the parse
  // context (`llvm.emit_c_interface`, misspelled) are verified here.
  if (!module)
    return 0;
  std::vector<const char *> configs(std::begin(kConfigs), std::end(kConfigs));
  static const bool allPipelines = std::getenv("NORM_FUZZ_ALL_PIPELINES");
  if (allPipelines) {
    configs.insert(configs.end(), std::begin(kPipelines), std::end(kPipelines));
  } else {
    uint64_t hash = 1469598103934665603ull; // FNV-1a
    for (size_t i = 0; i < size; ++i)
      hash = (hash ^ data[i]) * 1099511628211ull;
    configs.push_back(kPipelines[hash % std::size(kPipelines)]);
  }
  for (const char *config : configs) {
    OwningOpRef<ModuleOp> copy = module->clone();
    PassManager pm(&context);
    if (failed(parsePassPipeline(config, pm, llvm::errs())))
      __builtin_trap(); // the configurations above are valid
    if (trapOnInvalidIR()) {
      pm.enableVerifier(false);
      pm.addInstrumentation(std::make_unique<InvalidIRTrap>(config));
    }
    auto start = std::chrono::steady_clock::now();
    (void)pm.run(*copy);
    if (std::getenv("NORM_FUZZ_TIME"))
      llvm::errs() << "norm-fuzz: "
                   << std::chrono::duration<double>(
                          std::chrono::steady_clock::now() - start)
                          .count()
                   << " s " << config << "\n";
  }
  return 0;
}
