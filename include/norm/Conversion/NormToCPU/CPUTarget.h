//===- CPUTarget.h - The CPU the kernels are built for ----------*- C++ -*-===//
//
// An LLVM target triple, CPU name and target features, named as clang
// (`-target`, `-mcpu`/`-march`, `-mattr`) and IREE (`--iree-llvmcpu-target-
// triple/cpu/cpu-features`) name them, and what the CPU kernels derive from
// them: the vector width, whether f32 rounds to bf16 in one instruction,
// whether non-temporal stores and store fences exist, and the attributes
// every generated function carries. Nothing else in the lowering asks which
// machine it runs on.
//
//===----------------------------------------------------------------------===//

#ifndef NORM_CONVERSION_NORMTOCPU_CPUTARGET_H
#define NORM_CONVERSION_NORMTOCPU_CPUTARGET_H

#include "mlir/Support/LLVM.h"
#include "llvm/ADT/StringMap.h"

#include <string>

namespace mlir::norm {

/// The CPU a module is compiled for.
class CPUTarget {
public:
  /// Resolves the three option strings. `triple`: an LLVM triple, or `host`
  /// (or empty) for the process's. `cpu`: an LLVM CPU name (`znver3`,
  /// `sapphirerapids`, `x86-64`, `x86-64-v3`, ...), or `host` (or empty)
  /// for the host's. `features`: `+name`/`-name` entries, comma-separated,
  /// applied to the CPU's own features (with their implications on x86),
  /// or `host` for the host's features whatever the CPU. Returns failure,
  /// with a message in `error`, for an unknown x86 CPU or a malformed
  /// feature.
  static FailureOr<CPUTarget> resolve(StringRef triple, StringRef cpu,
                                      StringRef features, std::string &error);

  /// The target of `resolve("host", "host", "")`.
  static CPUTarget getHost();

  StringRef getTriple() const { return triple; }
  StringRef getCPU() const { return cpu; }
  bool isX86() const;
  /// Whether the target has `feature` (an LLVM name, without + or -).
  bool hasFeature(StringRef feature) const { return features.lookup(feature); }

  /// The features that, with getCPU(), select this target in LLVM, in the
  /// syntax of the `target-features` function attribute: the explicit ones
  /// (and, for the host, every detected feature, as `-march=native` does).
  StringRef getFeatureString() const { return featureString; }

  /// f32 lanes of the widest vector unit: 16 with AVX-512, 8 with AVX or
  /// AVX2, 4 otherwise (SSE, NEON, or an unknown CPU).
  int64_t getVectorWidth() const;

  /// Whether the kernels may use non-temporal stores and store fences
  /// (x86).
  bool hasStreamingStores() const { return isX86(); }

  /// The features with which the target rounds f32 to bf16 in one
  /// instruction that LLVM selects for `fptrunc` (AVX512-BF16 with
  /// AVX512-VL, or AVX-NE-CONVERT), or "" if it has none.
  std::string getBF16ConversionFeatures() const;

  /// One line describing the target, for diagnostics and debug output.
  std::string describe() const;

private:
  std::string triple;
  std::string cpu;
  std::string featureString;
  /// Every feature of the target, implied ones included.
  llvm::StringMap<bool> features;
};

} // namespace mlir::norm

#endif // NORM_CONVERSION_NORMTOCPU_CPUTARGET_H
