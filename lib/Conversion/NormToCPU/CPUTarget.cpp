//===- CPUTarget.cpp - The CPU the kernels are built for ------------------===//
//
// Resolves target-triple / target-cpu / target-features with LLVM's target
// parser: the host's CPU and detected features, or a named x86 CPU's
// features from LLVM's tables, then the explicit +/- features with their
// x86 implications.
//
//===----------------------------------------------------------------------===//

#include "norm/Conversion/NormToCPU/CPUTarget.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"
#include "llvm/TargetParser/X86TargetParser.h"

using namespace mlir;
using namespace mlir::norm;

static bool isHost(StringRef value) { return value.empty() || value == "host"; }

/// `features` as +name/-name entries, sorted so that the string does not
/// depend on the order of a hash map.
static std::string joinFeatures(const llvm::StringMap<bool> &features) {
  SmallVector<std::string> entries;
  for (const auto &entry : features)
    entries.push_back((entry.second ? "+" : "-") + entry.first().str());
  llvm::sort(entries, [](const std::string &lhs, const std::string &rhs) {
    return StringRef(lhs).drop_front() < StringRef(rhs).drop_front();
  });
  return llvm::join(entries, ",");
}

FailureOr<CPUTarget> CPUTarget::resolve(StringRef triple, StringRef cpu,
                                        StringRef features,
                                        std::string &error) {
  CPUTarget target;
  std::string processTriple = llvm::sys::getProcessTriple();
  target.triple =
      isHost(triple) ? processTriple : llvm::Triple::normalize(triple);
  llvm::Triple parsed(target.triple);
  bool sameArch = parsed.getArch() == llvm::Triple(processTriple).getArch();
  llvm::StringMap<bool> explicitFeatures;

  if (isHost(cpu)) {
    if (!sameArch) {
      error = "target-cpu=host names the compiling machine's CPU, which "
              "cannot run target-triple=" +
              target.triple + "; name a CPU of that target";
      return failure();
    }
    target.cpu = llvm::sys::getHostCPUName().str();
    // As -march=native: every detected feature, on or off, so that a CPU
    // whose features a hypervisor hides gets only the ones it has.
    target.features = llvm::sys::getHostCPUFeatures();
    explicitFeatures = target.features;
  } else {
    target.cpu = cpu.str();
    if (target.isX86() && cpu != "generic") {
      if (llvm::X86::parseArchX86(cpu, /*Only64Bit=*/parsed.isArch64Bit()) ==
          llvm::X86::CK_None) {
        error = ("unknown x86 CPU '" + cpu +
                 "' (LLVM's names, as -mcpu takes them: x86-64, "
                 "x86-64-v3, haswell, skylake-avx512, sapphirerapids, "
                 "znver3, znver4, ...)")
                    .str();
        return failure();
      }
      SmallVector<StringRef> cpuFeatures;
      llvm::X86::getFeaturesForCPU(cpu, cpuFeatures);
      for (StringRef feature : cpuFeatures)
        target.features[feature] = true;
    }
  }

  if (features == "host") {
    if (!sameArch) {
      error = "target-features=host names the compiling machine's features, "
              "which target-triple=" +
              target.triple + " does not have";
      return failure();
    }
    target.features = llvm::sys::getHostCPUFeatures();
    explicitFeatures = target.features;
  } else {
    for (StringRef feature : llvm::split(features, ',')) {
      feature = feature.trim();
      if (feature.empty())
        continue;
      if (!feature.starts_with("+") && !feature.starts_with("-")) {
        error =
            ("target feature '" + feature + "' must start with + or -").str();
        return failure();
      }
      bool enabled = feature.front() == '+';
      StringRef name = feature.drop_front();
      if (target.isX86())
        llvm::X86::updateImpliedFeatures(name, enabled, target.features);
      target.features[name] = enabled;
      explicitFeatures[name] = enabled;
    }
  }
  target.featureString = joinFeatures(explicitFeatures);
  return target;
}

CPUTarget CPUTarget::getHost() {
  std::string error;
  FailureOr<CPUTarget> host = resolve("host", "host", "", error);
  assert(succeeded(host) && "the host is always a target");
  return *host;
}

bool CPUTarget::isX86() const { return llvm::Triple(triple).isX86(); }

int64_t CPUTarget::getVectorWidth() const {
  if (!isX86())
    return 4;
  if (hasFeature("avx512f"))
    return 16;
  if (hasFeature("avx2") || hasFeature("avx"))
    return 8;
  return 4;
}

std::string CPUTarget::getBF16ConversionFeatures() const {
  if (!isX86())
    return "";
  if (hasFeature("avx512bf16") && hasFeature("avx512vl"))
    return "+avx512bf16,+avx512vl";
  if (hasFeature("avxneconvert"))
    return "+avxneconvert";
  return "";
}

std::string CPUTarget::describe() const {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << triple << ", cpu " << cpu << ", " << getVectorWidth()
     << " f32 lanes, bf16 rounding "
     << (getBF16ConversionFeatures().empty() ? "in software" : "native")
     << ", streaming stores " << (hasStreamingStores() ? "yes" : "no");
  return text;
}
