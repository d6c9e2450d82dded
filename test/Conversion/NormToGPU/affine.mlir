// RUN: norm-opt %s --convert-norm-to-gpu --split-input-file | FileCheck %s

// The arithmetic the GPU kernels apply after the statistics, pinned in the
// kernel bodies of both variants of each op (16-byte vectors and element
// by element): y = normalized * gamma (+ beta), gamma + offset for Gemma's
// RMSNorm, and h = alpha * r + x (+ add_bias), stored to h, for the fused
// ops. The value stored to y is the one after the last step, so a kernel
// that drops the beta add, the gamma multiply or the offset, or scales the
// wrong branch by alpha, fails here without a GPU (the numbers are checked
// only where one is: test/Integration/GPU/execution.test).

// LayerNorm: ((x - m) * rstd + center) * gamma + beta.
// CHECK-LABEL: func.func @layer_norm
// CHECK-SAME: (%[[X:[^:]*]]: memref<?x64xf32>, %[[G:[^:]*]]: memref<64xf32>, %[[B:[^:]*]]: memref<64xf32>, %[[Y:[^:]*]]: memref<?x64xf32>)
// The output part starts after the statistics' last step, center =
// -(mean - K) * rstd (arith.negf).
// CHECK:       gpu.launch {{.*}} function(@norm_layer_norm_f32_v4_warp)
// CHECK:         %[[C:.*]] = arith.negf %{{.*}} : f32
// CHECK-NEXT:    %[[CENTER:.*]] = vector.broadcast %[[C]] : f32 to vector<4xf32>
// CHECK-NEXT:    %[[RSTD:.*]] = vector.broadcast %{{.*}} : f32 to vector<4xf32>
// CHECK:         %[[D:.*]] = arith.subf %{{.*}}, %{{.*}} : vector<4xf32>
// CHECK-NEXT:    %[[DR:.*]] = arith.mulf %[[D]], %[[RSTD]] : vector<4xf32>
// CHECK-NEXT:    %[[N:.*]] = arith.addf %[[DR]], %[[CENTER]] : vector<4xf32>
// CHECK:         %[[GV:.*]] = vector.load %[[G]][%{{.*}}] {{.*}} : memref<64xf32>, vector<4xf32>
// CHECK-NEXT:    %[[YG:.*]] = arith.mulf %[[N]], %[[GV]] : vector<4xf32>
// CHECK:         %[[BV:.*]] = vector.load %[[B]][%{{.*}}] {{.*}} : memref<64xf32>, vector<4xf32>
// CHECK-NEXT:    %[[YB:.*]] = arith.addf %[[YG]], %[[BV]] : vector<4xf32>
// CHECK:         vector.store %[[YB]], %[[Y]][
// CHECK:       gpu.launch {{.*}} function(@norm_layer_norm_f32_scalar_warp)
// CHECK:         %[[SC:.*]] = arith.negf %{{.*}} : f32
// CHECK-NEXT:    %[[SCENTER:.*]] = vector.broadcast %[[SC]] : f32 to vector<1xf32>
// CHECK-NEXT:    %[[SRSTD:.*]] = vector.broadcast %{{.*}} : f32 to vector<1xf32>
// CHECK:         %[[SD:.*]] = arith.subf %{{.*}}, %{{.*}} : vector<1xf32>
// CHECK-NEXT:    %[[SDR:.*]] = arith.mulf %[[SD]], %[[SRSTD]] : vector<1xf32>
// CHECK-NEXT:    %[[SN:.*]] = arith.addf %[[SDR]], %[[SCENTER]] : vector<1xf32>
// CHECK:         %[[SG:.*]] = memref.load %[[G]][%{{.*}}] : memref<64xf32>
// CHECK-NEXT:    %[[SGV:.*]] = vector.broadcast %[[SG]] : f32 to vector<1xf32>
// CHECK-NEXT:    %[[SYG:.*]] = arith.mulf %[[SN]], %[[SGV]] : vector<1xf32>
// CHECK:         %[[SB:.*]] = memref.load %[[B]][%{{.*}}] : memref<64xf32>
// CHECK-NEXT:    %[[SBV:.*]] = vector.broadcast %[[SB]] : f32 to vector<1xf32>
// CHECK-NEXT:    %[[SYB:.*]] = arith.addf %[[SYG]], %[[SBV]] : vector<1xf32>
// CHECK:         %[[SE:.*]] = vector.extract %[[SYB]][0] : f32 from vector<1xf32>
// CHECK-NEXT:    memref.store %[[SE]], %[[Y]][
func.func @layer_norm(%x: memref<?x64xf32>, %g: memref<64xf32>, %b: memref<64xf32>, %y: memref<?x64xf32>) {
  norm.layer_norm %x : memref<?x64xf32> scale(%g : memref<64xf32>) bias(%b : memref<64xf32>) outs(%y : memref<?x64xf32>)
  return
}

// -----

// A row streamed through the block (131072 f32): the output loop reads x
// again and applies the same gamma and beta.
// CHECK-LABEL: func.func @layer_norm_stream
// CHECK-SAME: (%[[X:[^:]*]]: memref<?x131072xf32>, %[[G:[^:]*]]: memref<131072xf32>, %[[B:[^:]*]]: memref<131072xf32>, %[[Y:[^:]*]]: memref<?x131072xf32>)
// CHECK:       gpu.launch {{.*}} function(@norm_layer_norm_f32_v4_stream)
// CHECK:         arith.negf
// CHECK:         scf.for
// CHECK:           %[[XV:.*]] = vector.load %[[X]][
// CHECK-NEXT:      %[[D:.*]] = arith.subf %[[XV]], %{{.*}} : vector<4xf32>
// CHECK-NEXT:      %[[DR:.*]] = arith.mulf %[[D]], %{{.*}} : vector<4xf32>
// CHECK-NEXT:      %[[N:.*]] = arith.addf %[[DR]], %{{.*}} : vector<4xf32>
// CHECK:           %[[GV:.*]] = vector.load %[[G]][
// CHECK-NEXT:      %[[YG:.*]] = arith.mulf %[[N]], %[[GV]] : vector<4xf32>
// CHECK:           %[[BV:.*]] = vector.load %[[B]][
// CHECK-NEXT:      %[[YB:.*]] = arith.addf %[[YG]], %[[BV]] : vector<4xf32>
// CHECK:           vector.store %[[YB]], %[[Y]][
func.func @layer_norm_stream(%x: memref<?x131072xf32>, %g: memref<131072xf32>, %b: memref<131072xf32>, %y: memref<?x131072xf32>) {
  norm.layer_norm %x : memref<?x131072xf32> scale(%g : memref<131072xf32>) bias(%b : memref<131072xf32>) outs(%y : memref<?x131072xf32>)
  return
}

// -----

// Gemma's RMSNorm: x * rstd * (gamma + 1); LLaMA's: x * rstd * gamma, with
// nothing added to gamma.
// CHECK-LABEL: func.func @gemma
// CHECK-SAME: (%[[X:[^:]*]]: memref<?x64xf32>, %[[G:[^:]*]]: memref<64xf32>, %[[Y:[^:]*]]: memref<?x64xf32>)
// The output part starts after rstd = 1 / sqrt(mean(x^2) + eps).
// CHECK:       gpu.launch {{.*}} function(@norm_rms_norm_f32_v4_warp)
// CHECK:         llvm.call_intrinsic "llvm.nvvm.sqrt.rn.f"
// CHECK:         %[[RSTD:.*]] = vector.broadcast %{{.*}} : f32 to vector<4xf32>
// CHECK:         %[[N:.*]] = arith.mulf %{{.*}}, %[[RSTD]] : vector<4xf32>
// CHECK:         %[[GV:.*]] = vector.load %[[G]][
// CHECK-NEXT:    %[[ONE:.*]] = arith.constant dense<1.000000e+00> : vector<4xf32>
// CHECK-NEXT:    %[[G1:.*]] = arith.addf %[[GV]], %[[ONE]] : vector<4xf32>
// CHECK-NEXT:    %[[YG:.*]] = arith.mulf %[[N]], %[[G1]] : vector<4xf32>
// CHECK:         vector.store %[[YG]], %[[Y]][
// CHECK:       gpu.launch {{.*}} function(@norm_rms_norm_f32_scalar_warp)
// CHECK:         llvm.call_intrinsic "llvm.nvvm.sqrt.rn.f"
// CHECK:         %[[SRSTD:.*]] = vector.broadcast %{{.*}} : f32 to vector<1xf32>
// CHECK:         %[[SN:.*]] = arith.mulf %{{.*}}, %[[SRSTD]] : vector<1xf32>
// CHECK:         %[[SG:.*]] = memref.load %[[G]][
// CHECK-NEXT:    %[[SGV:.*]] = vector.broadcast %[[SG]] : f32 to vector<1xf32>
// CHECK-NEXT:    %[[SONE:.*]] = arith.constant dense<1.000000e+00> : vector<1xf32>
// CHECK-NEXT:    %[[SG1:.*]] = arith.addf %[[SGV]], %[[SONE]] : vector<1xf32>
// CHECK-NEXT:    %[[SYG:.*]] = arith.mulf %[[SN]], %[[SG1]] : vector<1xf32>
// CHECK:         %[[SE:.*]] = vector.extract %[[SYG]][0] : f32 from vector<1xf32>
// CHECK-NEXT:    memref.store %[[SE]], %[[Y]][
// CHECK-LABEL: func.func @llama
// CHECK-SAME: (%[[X:[^:]*]]: memref<?x64xf32>, %[[G:[^:]*]]: memref<64xf32>, %[[Y:[^:]*]]: memref<?x64xf32>)
// CHECK:       gpu.launch {{.*}} function(@norm_rms_norm_f32_v4_warp)
// CHECK:         llvm.call_intrinsic "llvm.nvvm.sqrt.rn.f"
// CHECK:         %[[RSTD:.*]] = vector.broadcast %{{.*}} : f32 to vector<4xf32>
// CHECK:         %[[N:.*]] = arith.mulf %{{.*}}, %[[RSTD]] : vector<4xf32>
// CHECK:         %[[GV:.*]] = vector.load %[[G]][
// CHECK-NEXT:    %[[YG:.*]] = arith.mulf %[[N]], %[[GV]] : vector<4xf32>
// CHECK:         vector.store %[[YG]], %[[Y]][
func.func @gemma(%x: memref<?x64xf32>, %g: memref<64xf32>, %y: memref<?x64xf32>) {
  norm.rms_norm %x : memref<?x64xf32> scale(%g : memref<64xf32>) outs(%y : memref<?x64xf32>) {offset = 1.0 : f64}
  return
}
func.func @llama(%x: memref<?x64xf32>, %g: memref<64xf32>, %y: memref<?x64xf32>) {
  norm.rms_norm %x : memref<?x64xf32> scale(%g : memref<64xf32>) outs(%y : memref<?x64xf32>)
  return
}

// -----

// The fused LayerNorm: h = alpha * r + x + add_bias (alpha on the residual,
// the skip branch), stored to h; y = LayerNorm(h) * gamma + beta.
// CHECK-LABEL: func.func @add_layer_norm
// CHECK-SAME: (%[[X:[^:]*]]: memref<?x64xf32>, %[[R:[^:]*]]: memref<?x64xf32>, %[[AB:[^:]*]]: memref<64xf32>, %[[G:[^:]*]]: memref<64xf32>, %[[B:[^:]*]]: memref<64xf32>, %[[Y:[^:]*]]: memref<?x64xf32>, %[[H:[^:]*]]: memref<?x64xf32>)
// CHECK:       gpu.launch {{.*}} function(@norm_add_layer_norm_f32_v4_warp)
// CHECK:         %[[XV:.*]] = vector.load %[[X]][
// CHECK:         %[[RV:.*]] = vector.load %[[R]][
// CHECK-NEXT:    %[[ALPHA:.*]] = arith.constant dense<2.500000e+00> : vector<4xf32>
// CHECK-NEXT:    %[[AR:.*]] = arith.mulf %[[RV]], %[[ALPHA]] : vector<4xf32>
// CHECK-NEXT:    %[[S:.*]] = arith.addf %[[AR]], %[[XV]] : vector<4xf32>
// CHECK:         %[[ABV:.*]] = vector.load %[[AB]][
// CHECK-NEXT:    %[[SB:.*]] = arith.addf %[[S]], %[[ABV]] : vector<4xf32>
// CHECK:         vector.store %[[SB]], %[[H]][
// CHECK:         %[[C:.*]] = arith.negf %{{.*}} : f32
// CHECK-NEXT:    %[[CENTER:.*]] = vector.broadcast %[[C]] : f32 to vector<4xf32>
// CHECK-NEXT:    %[[RSTD:.*]] = vector.broadcast %{{.*}} : f32 to vector<4xf32>
// CHECK:         %[[D:.*]] = arith.subf %{{.*}}, %{{.*}} : vector<4xf32>
// CHECK-NEXT:    %[[DR:.*]] = arith.mulf %[[D]], %[[RSTD]] : vector<4xf32>
// CHECK-NEXT:    %[[N:.*]] = arith.addf %[[DR]], %[[CENTER]] : vector<4xf32>
// CHECK:         %[[GV:.*]] = vector.load %[[G]][
// CHECK-NEXT:    %[[YG:.*]] = arith.mulf %[[N]], %[[GV]] : vector<4xf32>
// CHECK:         %[[BV:.*]] = vector.load %[[B]][
// CHECK-NEXT:    %[[YB:.*]] = arith.addf %[[YG]], %[[BV]] : vector<4xf32>
// CHECK:         vector.store %[[YB]], %[[Y]][
// CHECK:       gpu.launch {{.*}} function(@norm_add_layer_norm_f32_scalar_warp)
// CHECK:         %[[SRL:.*]] = memref.load %[[R]][
// CHECK-NEXT:    %[[SRV:.*]] = vector.broadcast %[[SRL]] : f32 to vector<1xf32>
// CHECK-NEXT:    %[[SALPHA:.*]] = arith.constant dense<2.500000e+00> : vector<1xf32>
// CHECK-NEXT:    %[[SAR:.*]] = arith.mulf %[[SRV]], %[[SALPHA]] : vector<1xf32>
// CHECK-NEXT:    %[[SS:.*]] = arith.addf %[[SAR]], %{{.*}} : vector<1xf32>
// CHECK:         %[[SAB:.*]] = memref.load %[[AB]][
// CHECK-NEXT:    %[[SABV:.*]] = vector.broadcast %[[SAB]] : f32 to vector<1xf32>
// CHECK-NEXT:    %[[SSB:.*]] = arith.addf %[[SS]], %[[SABV]] : vector<1xf32>
// CHECK:         %[[SHE:.*]] = vector.extract %[[SSB]][0] : f32 from vector<1xf32>
// CHECK-NEXT:    memref.store %[[SHE]], %[[H]][
// CHECK:         %[[SC:.*]] = arith.negf %{{.*}} : f32
// CHECK:         %[[SN:.*]] = arith.addf %{{.*}}, %{{.*}} : vector<1xf32>
// CHECK:         %[[SG:.*]] = memref.load %[[G]][
// CHECK-NEXT:    %[[SGV:.*]] = vector.broadcast %[[SG]] : f32 to vector<1xf32>
// CHECK-NEXT:    %[[SYG:.*]] = arith.mulf %[[SN]], %[[SGV]] : vector<1xf32>
// CHECK:         %[[SB2:.*]] = memref.load %[[B]][
// CHECK-NEXT:    %[[SBV:.*]] = vector.broadcast %[[SB2]] : f32 to vector<1xf32>
// CHECK-NEXT:    %[[SYB:.*]] = arith.addf %[[SYG]], %[[SBV]] : vector<1xf32>
// CHECK:         %[[SE:.*]] = vector.extract %[[SYB]][0] : f32 from vector<1xf32>
// CHECK-NEXT:    memref.store %[[SE]], %[[Y]][
func.func @add_layer_norm(%x: memref<?x64xf32>, %r: memref<?x64xf32>, %ab: memref<64xf32>, %g: memref<64xf32>, %b: memref<64xf32>, %y: memref<?x64xf32>, %h: memref<?x64xf32>) {
  norm.add_layer_norm %x, %r : memref<?x64xf32>, memref<?x64xf32> add_bias(%ab : memref<64xf32>) scale(%g : memref<64xf32>) bias(%b : memref<64xf32>) outs(%y, %h : memref<?x64xf32>, memref<?x64xf32>) {alpha = 2.5 : f64}
  return
}

// -----

// The fused RMSNorm on bf16: h = alpha * r + x in f32, rounded to bf16 and
// stored; the statistics and y use h as stored (rounded, widened back);
// y = h * rstd * gamma (bf16 gamma widened), rounded once.
// CHECK-LABEL: func.func @add_rms_norm_bf16
// CHECK-SAME: (%[[X:[^:]*]]: memref<?x768xbf16>, %[[R:[^:]*]]: memref<?x768xbf16>, %[[G:[^:]*]]: memref<768xbf16>, %[[Y:[^:]*]]: memref<?x768xbf16>, %[[H:[^:]*]]: memref<?x768xbf16>)
// CHECK:       gpu.launch {{.*}} function(@norm_add_rms_norm_bf16_v8_warp)
// CHECK:         %[[XV:.*]] = vector.load %[[X]][
// CHECK-NEXT:    %[[XF:.*]] = arith.extf %[[XV]] : vector<8xbf16> to vector<8xf32>
// CHECK:         %[[RV:.*]] = vector.load %[[R]][
// CHECK-NEXT:    %[[RF:.*]] = arith.extf %[[RV]] : vector<8xbf16> to vector<8xf32>
// CHECK-NEXT:    %[[ALPHA:.*]] = arith.constant dense<5.000000e-01> : vector<8xf32>
// CHECK-NEXT:    %[[AR:.*]] = arith.mulf %[[RF]], %[[ALPHA]] : vector<8xf32>
// CHECK-NEXT:    %[[S:.*]] = arith.addf %[[AR]], %[[XF]] : vector<8xf32>
// CHECK-NEXT:    %[[SH:.*]] = arith.truncf %[[S]] : vector<8xf32> to vector<8xbf16>
// CHECK:         vector.store %[[SH]], %[[H]][
// CHECK-NEXT:    %[[ST:.*]] = arith.truncf %[[S]] : vector<8xf32> to vector<8xbf16>
// CHECK-NEXT:    %[[HS:.*]] = arith.extf %[[ST]] : vector<8xbf16> to vector<8xf32>
// CHECK:         llvm.call_intrinsic "llvm.nvvm.sqrt.rn.f"
// CHECK:         %[[RSTD:.*]] = vector.broadcast %{{.*}} : f32 to vector<8xf32>
// CHECK-NEXT:    %[[N:.*]] = arith.mulf %[[HS]], %[[RSTD]] : vector<8xf32>
// CHECK:         %[[GV:.*]] = vector.load %[[G]][
// CHECK-NEXT:    %[[GF:.*]] = arith.extf %[[GV]] : vector<8xbf16> to vector<8xf32>
// CHECK-NEXT:    %[[YG:.*]] = arith.mulf %[[N]], %[[GF]] : vector<8xf32>
// CHECK-NEXT:    %[[YT:.*]] = arith.truncf %[[YG]] : vector<8xf32> to vector<8xbf16>
// CHECK:         vector.store %[[YT]], %[[Y]][
func.func @add_rms_norm_bf16(%x: memref<?x768xbf16>, %r: memref<?x768xbf16>, %g: memref<768xbf16>, %y: memref<?x768xbf16>, %h: memref<?x768xbf16>) {
  norm.add_rms_norm %x, %r : memref<?x768xbf16>, memref<?x768xbf16> scale(%g : memref<768xbf16>) outs(%y, %h : memref<?x768xbf16>, memref<?x768xbf16>) {alpha = 0.5 : f64}
  return
}
