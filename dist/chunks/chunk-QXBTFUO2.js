import { createRequire as __llmPhysicsCreateRequire } from 'node:module';
const require = __llmPhysicsCreateRequire(import.meta.url);
import {
  CONFIG_FILE_NAMES
} from "./chunk-6QDY4KUR.js";
import {
  joinPath,
  parseYamlFile,
  require_dist
} from "./chunk-TQVKSG5V.js";
import {
  compareFindings
} from "./chunk-PDOFKQNQ.js";
import {
  require_mod
} from "./chunk-CVDZKI6N.js";
import {
  decodeText
} from "./chunk-FHUT4NP5.js";
import {
  quote
} from "./chunk-LRW7K6N5.js";
import {
  exists,
  isInside,
  readGuarded,
  realRoot
} from "./chunk-MF5XHCMM.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-NOE7O2GR.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/config/config.ts
import { isAbsolute, relative, resolve } from "node:path";

// src/base/policy.ts
var DEFAULT_POLICY = {
  maxTier: null,
  minHeadroomPercent: 10,
  maxBandwidthUtilizationPercent: 80
};

// src/validate/schema-validator.ts
var import_fastest_levenshtein = __toESM(require_mod());
var import_yaml = __toESM(require_dist());

// schemas/config.schema.json
var config_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/llm-physics/llm-physics/v0/schemas/config.schema.json",
  title: "llm-physics repository configuration",
  description: "The repository configuration file `.llm-physics.yml`: which files are checked, how each rule reports, and the default policy targets of every deployment. Add `# yaml-language-server: $schema=https://raw.githubusercontent.com/llm-physics/llm-physics/v0/schemas/config.schema.json` at the top for completion and checking in editors.",
  type: "object",
  additionalProperties: false,
  properties: {
    include: {
      title: "Included files",
      description: "Glob patterns, relative to the repository root, of the manifests to check.",
      type: "array",
      maxItems: 1e3,
      items: {
        title: "Glob pattern",
        type: "string",
        minLength: 1,
        maxLength: 1024,
        examples: [
          "deploy/**/*.yaml"
        ]
      },
      examples: [
        [
          "deploy/**/*.yaml",
          "deploy/**/*.yml"
        ]
      ]
    },
    exclude: {
      title: "Excluded files",
      description: "Glob patterns of files never checked, even when included.",
      type: "array",
      maxItems: 1e3,
      items: {
        title: "Glob pattern",
        type: "string",
        minLength: 1,
        maxLength: 1024,
        examples: [
          "**/testdata/**"
        ]
      },
      examples: [
        [
          "**/testdata/**"
        ]
      ]
    },
    maxFileSizeBytes: {
      title: "Largest file read",
      description: "Files larger than this many bytes are skipped with a notice rather than parsed.",
      type: "integer",
      minimum: 1,
      maximum: 1099511627776,
      examples: [
        2e6
      ]
    },
    rules: {
      title: "Rule severities",
      description: "Per rule id, the severity its findings are reported with, or off to silence it.",
      type: "object",
      propertyNames: {
        title: "Rule id",
        type: "string",
        enum: [
          "yaml-syntax",
          "schema",
          "unknown-model",
          "unknown-gpu",
          "incomplete-deployment",
          "vram-exceeds-capacity",
          "headroom-below-minimum",
          "tier-above-target",
          "bandwidth-insufficient",
          "fp8-not-native",
          "tensor-parallel-invalid",
          "context-exceeds-model-max",
          "concurrency-exceeds-kv-capacity",
          "suppression-without-reason",
          "unused-suppression"
        ]
      },
      additionalProperties: {
        title: "Rule severity",
        type: "string",
        enum: [
          "off",
          "notice",
          "warning",
          "error"
        ],
        examples: [
          "warning",
          "off"
        ]
      },
      examples: [
        {
          "bandwidth-insufficient": "warning",
          "fp8-not-native": "off"
        }
      ]
    },
    policy: {
      $ref: "#/$defs/policy"
    },
    gpus: {
      description: "Where manifests do not say which GPU a deployment runs on, say it here: the first entry whose conditions all match a deployment that declares no GPU type gives its GPU. `paths` matches the manifest's path (repository-relative globs), `nodeSelector` the node labels its pods select (every label must match); an entry with neither is the default. Each mapping used shows in the report as the source of the GPU.",
      type: "array",
      maxItems: 1e3,
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "gpu"
        ],
        properties: {
          paths: {
            description: "Globs of manifests (repository-relative), e.g. clusters/prod-l4/**.",
            anyOf: [
              {
                type: "string",
                minLength: 1
              },
              {
                type: "array",
                minItems: 1,
                maxItems: 100,
                items: {
                  type: "string",
                  minLength: 1
                }
              }
            ],
            title: "Manifests it applies to",
            examples: [
              "clusters/prod-l4/**"
            ]
          },
          nodeSelector: {
            description: "Node labels the deployment's pods select, all of which must match: e.g. cloud.google.com/gke-nodepool: gpu-pool-a100.",
            type: "object",
            minProperties: 1,
            maxProperties: 50,
            additionalProperties: {
              type: "string"
            },
            title: "Node labels it applies to",
            examples: [
              {
                "cloud.google.com/gke-nodepool": "gpu-pool-a100"
              }
            ]
          },
          gpu: {
            description: "A catalog GPU id or alias (`llm-physics gpus`), or the id of a gpuTypes entry.",
            type: "string",
            minLength: 1,
            maxLength: 200,
            title: "The GPU",
            examples: [
              "A100-80GB"
            ]
          },
          count: {
            description: "GPUs per replica when the manifest does not say.",
            type: "integer",
            minimum: 1,
            maximum: 1024,
            title: "GPUs per replica",
            examples: [
              8
            ]
          }
        }
      },
      title: "GPUs by path or node label",
      examples: [
        [
          {
            paths: "clusters/prod-l4/**",
            gpu: "L4"
          },
          {
            nodeSelector: {
              "cloud.google.com/gke-nodepool": "gpu-pool-a100"
            },
            gpu: "A100-80GB"
          },
          {
            gpu: "L40S"
          }
        ]
      ]
    },
    gpuTypes: {
      description: "GPUs the catalog lacks, as the devices expose them. Each is checked like a catalog GPU and may be named by its id or aliases in manifests and in gpus.",
      type: "array",
      maxItems: 200,
      items: {
        type: "object",
        additionalProperties: false,
        required: [
          "id",
          "memoryMiB",
          "bandwidthGBPerSec",
          "bf16TFLOPS",
          "source"
        ],
        properties: {
          id: {
            type: "string",
            minLength: 1,
            maxLength: 100,
            pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$",
            title: "Id",
            examples: [
              "MI325X"
            ],
            description: "The id manifests and gpus: entries name it by."
          },
          name: {
            type: "string",
            maxLength: 200,
            title: "Name",
            examples: [
              "AMD Instinct MI325X"
            ],
            description: "The product name, for reports."
          },
          vendor: {
            enum: [
              "nvidia",
              "amd",
              "apple",
              "intel",
              "google"
            ],
            title: "Vendor",
            examples: [
              "amd"
            ],
            description: "Who makes it."
          },
          memoryMiB: {
            description: "Device memory in MiB as the runtime reports it (nvidia-smi, rocm-smi): the figure the engine's memory fraction is taken of.",
            type: "integer",
            minimum: 1,
            maximum: 1e8,
            title: "Memory (MiB)",
            examples: [
              262144
            ]
          },
          bandwidthGBPerSec: {
            description: "Peak memory bandwidth in GB/s (10^9 bytes per second).",
            type: "number",
            exclusiveMinimum: 0,
            maximum: 1e6,
            title: "Memory bandwidth (GB/s)",
            examples: [
              6e3
            ]
          },
          bf16TFLOPS: {
            description: "Dense BF16 peak in TFLOPS (10^12 per second).",
            type: "number",
            exclusiveMinimum: 0,
            maximum: 1e6,
            title: "BF16 peak (TFLOPS)",
            examples: [
              1307
            ]
          },
          fp16TFLOPS: {
            type: "number",
            exclusiveMinimum: 0,
            maximum: 1e6,
            title: "FP16 peak (TFLOPS)",
            examples: [
              1307
            ],
            description: "Dense FP16 peak in TFLOPS; BF16's when not given."
          },
          fp8TFLOPS: {
            description: "Dense FP8 peak in TFLOPS; give it when the GPU runs FP8 natively.",
            type: "number",
            exclusiveMinimum: 0,
            maximum: 1e6,
            title: "FP8 peak (TFLOPS)",
            examples: [
              2615
            ]
          },
          int8TOPS: {
            type: "number",
            exclusiveMinimum: 0,
            maximum: 1e6,
            title: "INT8 peak (TOPS)",
            examples: [
              2615
            ],
            description: "Dense INT8 peak in TOPS (10^12 operations per second)."
          },
          interconnect: {
            type: "string",
            maxLength: 100,
            title: "Interconnect",
            examples: [
              "Infinity Fabric"
            ],
            description: "NVLink, Infinity Fabric, PCIe: how the GPUs of a node talk."
          },
          aliases: {
            type: "array",
            maxItems: 50,
            items: {
              type: "string",
              minLength: 1,
              maxLength: 200
            },
            title: "Other names",
            examples: [
              [
                "AMD-Instinct-MI325X"
              ]
            ],
            description: "Names manifests use for it: node label values, cloud accelerator names."
          },
          source: {
            description: "Where the figures come from.",
            type: "string",
            minLength: 1,
            maxLength: 1e3,
            title: "Source",
            examples: [
              "AMD MI325X data sheet"
            ]
          }
        }
      },
      title: "GPUs the catalog lacks",
      examples: [
        [
          {
            id: "MI325X",
            name: "AMD Instinct MI325X",
            vendor: "amd",
            memoryMiB: 262144,
            bandwidthGBPerSec: 6e3,
            bf16TFLOPS: 1307,
            fp8TFLOPS: 2615,
            aliases: [
              "AMD-Instinct-MI325X"
            ],
            source: "AMD MI325X data sheet; rocm-smi on our nodes"
          }
        ]
      ]
    }
  },
  examples: [
    {
      include: [
        "deploy/**/*.yaml"
      ],
      exclude: [
        "**/testdata/**"
      ],
      rules: {
        "bandwidth-insufficient": "warning"
      },
      policy: {
        maxTier: "workstation",
        minHeadroomPercent: 10,
        maxBandwidthUtilizationPercent: 80
      }
    }
  ],
  $defs: {
    policy: {
      title: "Policy",
      description: "Default targets for every deployment; a manifest's spec.policy overrides them one by one.",
      type: "object",
      additionalProperties: false,
      properties: {
        maxTier: {
          title: "Highest hardware tier",
          description: "The largest hardware tier the model may need: consumer (below 24 GB at INT8), workstation (24 to 80 GB) or infrastructure (above 80 GB).",
          type: "string",
          enum: [
            "consumer",
            "workstation",
            "infrastructure"
          ],
          examples: [
            "workstation"
          ]
        },
        minHeadroomPercent: {
          title: "Minimum memory headroom",
          description: "Percentage of usable GPU memory that must stay free at the configured load.",
          type: "number",
          minimum: 0,
          maximum: 100,
          default: 10,
          examples: [
            10,
            20
          ]
        },
        maxBandwidthUtilizationPercent: {
          title: "Maximum bandwidth utilization",
          description: "Percentage of peak memory bandwidth the target decode speed may need.",
          type: "number",
          exclusiveMinimum: 0,
          maximum: 100,
          default: 80,
          examples: [
            80,
            90
          ]
        }
      },
      examples: [
        {
          maxTier: "workstation",
          minHeadroomPercent: 10,
          maxBandwidthUtilizationPercent: 80
        }
      ]
    }
  }
};

// schemas/inference-deployment.schema.json
var inference_deployment_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/llm-physics/llm-physics/v0/schemas/inference-deployment.schema.json",
  title: "llm-physics InferenceDeployment",
  description: "An LLM deployment that llm-physics checks against GPU physics: which model, in which precision, on which GPUs, serving how much context and concurrency. Add `# yaml-language-server: $schema=https://raw.githubusercontent.com/llm-physics/llm-physics/v0/schemas/inference-deployment.schema.json` at the top of a manifest for completion and checking in editors.",
  type: "object",
  additionalProperties: false,
  required: ["apiVersion", "kind", "metadata", "spec"],
  properties: {
    apiVersion: {
      title: "API version",
      description: "Version of the manifest format. Always `llm-physics/v1`.",
      type: "string",
      const: "llm-physics/v1",
      examples: ["llm-physics/v1"]
    },
    kind: {
      title: "Kind",
      description: "Kind of manifest. Always `InferenceDeployment`.",
      type: "string",
      const: "InferenceDeployment",
      examples: ["InferenceDeployment"]
    },
    metadata: {
      title: "Deployment metadata",
      description: "Names the deployment; labels and annotations are kept for people and tools and not interpreted.",
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: {
          title: "Deployment name",
          description: "Names the deployment in findings and reports. Like a DNS label: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters.",
          type: "string",
          minLength: 1,
          maxLength: 63,
          pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$",
          examples: ["chat-70b", "embeddings-8b"]
        },
        labels: {
          title: "Labels",
          description: "Key/value strings for grouping and selection, as in Kubernetes. Not interpreted by llm-physics.",
          type: "object",
          propertyNames: {
            title: "Label key",
            type: "string",
            minLength: 1,
            maxLength: 253
          },
          additionalProperties: {
            title: "Label value",
            type: "string",
            maxLength: 1024
          },
          examples: [{ team: "assistants", environment: "production" }]
        },
        annotations: {
          title: "Annotations",
          description: "Free-form key/value strings for people and tools. Not interpreted by llm-physics.",
          type: "object",
          propertyNames: {
            title: "Annotation key",
            type: "string",
            minLength: 1,
            maxLength: 253
          },
          additionalProperties: {
            title: "Annotation value",
            type: "string",
            maxLength: 65536
          },
          examples: [{ owner: "ml-platform@example.com" }]
        }
      },
      examples: [{ name: "chat-70b", labels: { team: "assistants" } }]
    },
    spec: {
      title: "Deployment specification",
      description: "What is served on what: the model, its precision, the hardware, the parallelism and the serving load, with optional policy targets.",
      type: "object",
      additionalProperties: false,
      required: ["model", "hardware"],
      properties: {
        model: {
          title: "Model",
          description: "The model served: a catalog id or alias (`meta-llama/Llama-3.1-70B-Instruct`, `llama-3.1-70b`), a path to a Hugging Face config.json relative to this manifest, or an inline architecture.",
          oneOf: [
            {
              title: "Model id, alias or config.json path",
              description: "A catalog id or alias, or a path to a Hugging Face config.json relative to this manifest.",
              type: "string",
              minLength: 1,
              maxLength: 512,
              examples: ["meta-llama/Llama-3.1-70B-Instruct", "llama-3.1-8b", "./models/my-model/config.json"]
            },
            { $ref: "#/$defs/inlineModel" }
          ],
          examples: [
            "meta-llama/Llama-3.1-70B-Instruct",
            "./models/my-model/config.json",
            {
              name: "my-8b",
              maxContextTokens: 131072,
              architecture: {
                hiddenSize: 4096,
                numLayers: 32,
                vocabSize: 128256,
                tieWordEmbeddings: false,
                attention: { kind: "standard", numHeads: 32, numKvHeads: 8, headDim: 128 },
                mlp: { gated: true, intermediateSize: 14336 },
                norm: "rmsnorm",
                normsPerLayer: 2
              }
            }
          ]
        },
        precision: {
          title: "Weight precision",
          description: "Numeric format the weights are served in. Defaults to the checkpoint's own precision.",
          type: "string",
          enum: ["int8", "fp8", "bf16", "fp16", "int4", "fp4", "fp32"],
          examples: ["fp8", "bf16", "int4"]
        },
        kvCachePrecision: {
          title: "KV cache precision",
          description: "Numeric format of the key/value cache.",
          type: "string",
          enum: ["bf16", "fp16", "fp8", "fp32"],
          default: "bf16",
          examples: ["bf16", "fp8"]
        },
        hardware: {
          title: "Hardware",
          description: "The GPUs the deployment runs on: one type, a number of them.",
          type: "object",
          additionalProperties: false,
          required: ["gpu", "count"],
          properties: {
            gpu: {
              title: "GPU type",
              description: "A GPU catalog id or alias.",
              type: "string",
              minLength: 1,
              maxLength: 128,
              examples: ["H100-SXM", "A100-80GB", "RTX-4090"]
            },
            count: {
              title: "GPU count",
              description: "Number of GPUs serving one replica.",
              type: "integer",
              minimum: 1,
              maximum: 4096,
              examples: [1, 4, 8]
            }
          },
          examples: [{ gpu: "H100-SXM", count: 4 }]
        },
        parallelism: {
          title: "Parallelism",
          description: "How the model is split across the GPUs. Defaults to tensor parallelism over every GPU and no pipeline parallelism.",
          type: "object",
          additionalProperties: false,
          properties: {
            tensor: {
              title: "Tensor-parallel size",
              description: "GPUs each layer is split across. Defaults to hardware.count.",
              type: "integer",
              minimum: 1,
              maximum: 4096,
              examples: [1, 4, 8]
            },
            pipeline: {
              title: "Pipeline-parallel size",
              description: "Stages the layers are divided into. Defaults to 1.",
              type: "integer",
              minimum: 1,
              maximum: 4096,
              default: 1,
              examples: [1, 2]
            }
          },
          examples: [{ tensor: 4, pipeline: 1 }]
        },
        serving: {
          title: "Serving load",
          description: "The load the deployment must carry: context per sequence, sequences in flight, decode speed, and the share of GPU memory the server may take.",
          type: "object",
          additionalProperties: false,
          properties: {
            contextLength: {
              title: "Context length",
              description: "Tokens per sequence (prompt plus output) the KV cache must hold.",
              type: "integer",
              minimum: 1,
              maximum: 1e7,
              examples: [8192, 32768, 131072]
            },
            concurrency: {
              title: "Concurrency",
              description: "Sequences in flight at once, each holding a full context in the KV cache.",
              type: "integer",
              minimum: 1,
              maximum: 1e6,
              examples: [1, 16, 64]
            },
            targetTokensPerSecond: {
              title: "Target decode speed",
              description: "Output tokens per second each sequence must get while decoding.",
              type: "number",
              exclusiveMinimum: 0,
              maximum: 1e6,
              examples: [30, 50]
            },
            memoryFraction: {
              title: "GPU memory fraction",
              description: "Share of each GPU's memory the server may use, as vLLM's --gpu-memory-utilization.",
              type: "number",
              exclusiveMinimum: 0,
              maximum: 1,
              examples: [0.9, 0.95]
            }
          },
          examples: [{ contextLength: 32768, concurrency: 16, targetTokensPerSecond: 30, memoryFraction: 0.9 }]
        },
        policy: {
          $ref: "#/$defs/policy"
        }
      },
      examples: [
        {
          model: "meta-llama/Llama-3.1-70B-Instruct",
          precision: "fp8",
          hardware: { gpu: "H100-SXM", count: 4 },
          serving: { contextLength: 32768, concurrency: 16 }
        }
      ]
    }
  },
  examples: [
    {
      apiVersion: "llm-physics/v1",
      kind: "InferenceDeployment",
      metadata: { name: "chat-70b" },
      spec: {
        model: "meta-llama/Llama-3.1-70B-Instruct",
        precision: "fp8",
        hardware: { gpu: "H100-SXM", count: 4 },
        parallelism: { tensor: 4, pipeline: 1 },
        serving: { contextLength: 32768, concurrency: 16, targetTokensPerSecond: 30, memoryFraction: 0.9 },
        policy: { maxTier: "infrastructure", minHeadroomPercent: 10 }
      }
    }
  ],
  $defs: {
    policy: {
      title: "Policy",
      description: "Targets the deployment must meet. Each overrides the repository's default from .llm-physics.yml.",
      type: "object",
      additionalProperties: false,
      properties: {
        maxTier: {
          title: "Highest hardware tier",
          description: "The largest hardware tier the model may need: consumer (below 24 GB at INT8), workstation (24 to 80 GB) or infrastructure (above 80 GB).",
          type: "string",
          enum: ["consumer", "workstation", "infrastructure"],
          examples: ["workstation"]
        },
        minHeadroomPercent: {
          title: "Minimum memory headroom",
          description: "Percentage of usable GPU memory that must stay free at the configured load.",
          type: "number",
          minimum: 0,
          maximum: 100,
          default: 10,
          examples: [10, 20]
        },
        maxBandwidthUtilizationPercent: {
          title: "Maximum bandwidth utilization",
          description: "Percentage of peak memory bandwidth the target decode speed may need.",
          type: "number",
          exclusiveMinimum: 0,
          maximum: 100,
          default: 80,
          examples: [80, 90]
        }
      },
      examples: [{ maxTier: "workstation", minHeadroomPercent: 10, maxBandwidthUtilizationPercent: 80 }]
    },
    inlineModel: {
      title: "Inline model",
      description: "A model described by its architecture instead of a catalog name.",
      type: "object",
      additionalProperties: false,
      required: ["architecture", "maxContextTokens"],
      properties: {
        name: {
          title: "Model name",
          description: "Shown in reports.",
          type: "string",
          minLength: 1,
          maxLength: 256,
          examples: ["my-8b"]
        },
        maxContextTokens: {
          title: "Maximum context",
          description: "Longest context the model supports, in tokens (`max_position_embeddings`).",
          type: "integer",
          minimum: 1,
          maximum: 1099511627776,
          examples: [8192, 131072]
        },
        architecture: { $ref: "#/$defs/architecture" }
      },
      examples: [
        {
          name: "my-8b",
          maxContextTokens: 131072,
          architecture: {
            hiddenSize: 4096,
            numLayers: 32,
            vocabSize: 128256,
            tieWordEmbeddings: false,
            attention: { kind: "standard", numHeads: 32, numKvHeads: 8, headDim: 128 },
            mlp: { gated: true, intermediateSize: 14336 },
            norm: "rmsnorm",
            normsPerLayer: 2
          }
        }
      ]
    },
    architecture: {
      title: "Architecture",
      description: "The transformer's shape, with Hugging Face config.json meanings. Give `mlp`, `moe`, or both.",
      type: "object",
      additionalProperties: false,
      required: ["hiddenSize", "numLayers", "vocabSize", "tieWordEmbeddings", "attention", "norm", "normsPerLayer"],
      properties: {
        hiddenSize: {
          title: "Hidden size",
          description: "Width of the residual stream (`hidden_size`).",
          type: "integer",
          minimum: 1,
          maximum: 1099511627776,
          examples: [4096, 8192]
        },
        numLayers: {
          title: "Number of layers",
          description: "Decoder layers (`num_hidden_layers`).",
          type: "integer",
          minimum: 1,
          maximum: 1099511627776,
          examples: [32, 80]
        },
        vocabSize: {
          title: "Vocabulary size",
          description: "Tokens in the vocabulary (`vocab_size`).",
          type: "integer",
          minimum: 1,
          maximum: 1099511627776,
          examples: [32e3, 128256]
        },
        tieWordEmbeddings: {
          title: "Tied embeddings",
          description: "The output head shares the input embedding matrix (`tie_word_embeddings`).",
          type: "boolean",
          examples: [false, true]
        },
        attention: { $ref: "#/$defs/attention" },
        mlp: { $ref: "#/$defs/mlp" },
        moe: { $ref: "#/$defs/moe" },
        norm: {
          title: "Norm",
          description: "Normalization: RMSNorm (weight only) or LayerNorm (weight and bias).",
          type: "string",
          enum: ["rmsnorm", "layernorm"],
          examples: ["rmsnorm"]
        },
        normsPerLayer: {
          title: "Norms per layer",
          description: "Norms in each decoder layer: 2 for Llama-style blocks, 4 for Gemma 2/3, 1 for Falcon-7B.",
          type: "integer",
          minimum: 0,
          maximum: 64,
          examples: [2, 4]
        },
        slidingWindow: { $ref: "#/$defs/slidingWindow" },
        positionEmbeddings: {
          title: "Learned position embeddings",
          description: "Positions of a learned absolute position embedding; omit for rotary models.",
          type: "integer",
          minimum: 1,
          maximum: 1099511627776,
          examples: [2048]
        }
      },
      examples: [
        {
          hiddenSize: 4096,
          numLayers: 32,
          vocabSize: 128256,
          tieWordEmbeddings: false,
          attention: { kind: "standard", numHeads: 32, numKvHeads: 8, headDim: 128 },
          mlp: { gated: true, intermediateSize: 14336 },
          norm: "rmsnorm",
          normsPerLayer: 2
        }
      ]
    },
    attention: {
      title: "Attention",
      description: "The attention block: `kind: standard` for multi-head, grouped-query or multi-query attention; `kind: mla` for DeepSeek's multi-head latent attention.",
      oneOf: [{ $ref: "#/$defs/standardAttention" }, { $ref: "#/$defs/latentAttention" }],
      examples: [
        { kind: "standard", numHeads: 32, numKvHeads: 8, headDim: 128 },
        { kind: "mla", numHeads: 128, qLoraRank: 1536, kvLoraRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 }
      ]
    },
    standardAttention: {
      title: "Standard attention",
      description: "Multi-head, grouped-query or multi-query attention: one key and one value head of `headDim` per KV head.",
      type: "object",
      additionalProperties: false,
      required: ["kind", "numHeads", "numKvHeads", "headDim"],
      properties: {
        kind: {
          title: "Attention kind",
          description: "`standard` for MHA, GQA and MQA.",
          type: "string",
          const: "standard",
          examples: ["standard"]
        },
        numHeads: {
          title: "Query heads",
          description: "Query heads (`num_attention_heads`).",
          type: "integer",
          minimum: 1,
          maximum: 1099511627776,
          examples: [32, 64]
        },
        numKvHeads: {
          title: "Key/value heads",
          description: "Key/value heads (`num_key_value_heads`): equal to numHeads for MHA, 1 for MQA, between for GQA.",
          type: "integer",
          minimum: 1,
          maximum: 1099511627776,
          examples: [8, 1]
        },
        headDim: {
          title: "Head dimension",
          description: "Width of one head (`head_dim`, or hidden_size / num_attention_heads).",
          type: "integer",
          minimum: 1,
          maximum: 1099511627776,
          examples: [128, 64]
        },
        qkvBias: {
          title: "QKV bias",
          description: "Bias on the query, key and value projections (Qwen2, gpt-oss).",
          type: "boolean",
          examples: [true]
        },
        outputBias: {
          title: "Output bias",
          description: "Bias on the output projection (gpt-oss).",
          type: "boolean",
          examples: [true]
        },
        qkNorm: {
          title: "QK norm",
          description: "Per-head RMSNorm on queries and keys (Qwen3, Gemma 3).",
          type: "boolean",
          examples: [true]
        },
        sinks: {
          title: "Attention sinks",
          description: "One learned attention-sink logit per query head (gpt-oss).",
          type: "boolean",
          examples: [true]
        }
      },
      examples: [{ kind: "standard", numHeads: 32, numKvHeads: 8, headDim: 128 }]
    },
    latentAttention: {
      title: "Multi-head latent attention",
      description: "DeepSeek-V2/V3 attention: keys and values cached as one compressed latent of `kvLoraRank` plus a shared rotary key of `qkRopeHeadDim`.",
      type: "object",
      additionalProperties: false,
      required: ["kind", "numHeads", "qLoraRank", "kvLoraRank", "qkNopeHeadDim", "qkRopeHeadDim", "vHeadDim"],
      properties: {
        kind: {
          title: "Attention kind",
          description: "`mla` for multi-head latent attention.",
          type: "string",
          const: "mla",
          examples: ["mla"]
        },
        numHeads: {
          title: "Query heads",
          description: "Attention heads (`num_attention_heads`).",
          type: "integer",
          minimum: 1,
          maximum: 1099511627776,
          examples: [128]
        },
        qLoraRank: {
          title: "Query LoRA rank",
          description: "Rank of the low-rank query projection (`q_lora_rank`); null when queries are projected directly (DeepSeek-V2-Lite).",
          type: ["integer", "null"],
          minimum: 1,
          maximum: 1099511627776,
          examples: [1536, null]
        },
        kvLoraRank: {
          title: "KV LoRA rank",
          description: "Width of the cached key/value latent (`kv_lora_rank`).",
          type: "integer",
          minimum: 1,
          maximum: 1099511627776,
          examples: [512]
        },
        qkNopeHeadDim: {
          title: "Non-rotary query/key head dimension",
          description: "`qk_nope_head_dim`.",
          type: "integer",
          minimum: 1,
          maximum: 1099511627776,
          examples: [128]
        },
        qkRopeHeadDim: {
          title: "Rotary query/key head dimension",
          description: "`qk_rope_head_dim`: the shared rotary key cached beside the latent.",
          type: "integer",
          minimum: 1,
          maximum: 1099511627776,
          examples: [64]
        },
        vHeadDim: {
          title: "Value head dimension",
          description: "`v_head_dim`.",
          type: "integer",
          minimum: 1,
          maximum: 1099511627776,
          examples: [128]
        }
      },
      examples: [
        { kind: "mla", numHeads: 128, qLoraRank: 1536, kvLoraRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 }
      ]
    },
    mlp: {
      title: "MLP",
      description: "A feed-forward block: gated (SwiGLU/GeGLU: gate, up and down matrices) or ungated (up and down).",
      type: "object",
      additionalProperties: false,
      required: ["gated", "intermediateSize"],
      properties: {
        gated: {
          title: "Gated",
          description: "Has a gate matrix (SwiGLU, GeGLU).",
          type: "boolean",
          examples: [true]
        },
        intermediateSize: {
          title: "Intermediate size",
          description: "Width of the hidden layer (`intermediate_size`).",
          type: "integer",
          minimum: 1,
          maximum: 1099511627776,
          examples: [14336, 28672]
        },
        bias: {
          title: "Bias",
          description: "Bias on every projection (gpt-oss experts, Falcon).",
          type: "boolean",
          examples: [false]
        }
      },
      examples: [{ gated: true, intermediateSize: 14336 }]
    },
    moe: {
      title: "Mixture of experts",
      description: "Routed experts replacing the MLP on some or all layers.",
      type: "object",
      additionalProperties: false,
      required: ["numExperts", "topK", "expert"],
      properties: {
        numExperts: {
          title: "Routed experts",
          description: "Routed experts per MoE layer (`num_local_experts`, `n_routed_experts`).",
          type: "integer",
          minimum: 1,
          maximum: 1099511627776,
          examples: [8, 256]
        },
        topK: {
          title: "Experts per token",
          description: "Routed experts used per token (`num_experts_per_tok`).",
          type: "integer",
          minimum: 1,
          maximum: 1099511627776,
          examples: [2, 8]
        },
        expert: { $ref: "#/$defs/mlp" },
        shared: {
          title: "Shared experts",
          description: "Always-active shared experts: `count` copies of `mlp`.",
          type: "object",
          additionalProperties: false,
          required: ["count", "mlp"],
          properties: {
            count: {
              title: "Shared expert count",
              description: "Copies of the shared expert (`n_shared_experts`).",
              type: "integer",
              minimum: 1,
              maximum: 1099511627776,
              examples: [1, 2]
            },
            mlp: { $ref: "#/$defs/mlp" },
            gate: {
              title: "Shared expert gate",
              description: "A sigmoid gate of one weight row per token (Qwen2-MoE).",
              type: "boolean",
              examples: [true]
            }
          },
          examples: [{ count: 1, mlp: { gated: true, intermediateSize: 2048 } }]
        },
        firstDenseLayers: {
          title: "Leading dense layers",
          description: "The first N layers use the plain `mlp` instead of experts (`first_k_dense_replace`).",
          type: "integer",
          minimum: 0,
          maximum: 1099511627776,
          examples: [3]
        },
        routerBias: {
          title: "Router bias",
          description: "The router has one bias value per expert (gpt-oss, DeepSeek-V3).",
          type: "boolean",
          examples: [true]
        }
      },
      examples: [{ numExperts: 8, topK: 2, expert: { gated: true, intermediateSize: 14336 } }]
    },
    slidingWindow: {
      title: "Sliding window",
      description: "Layers that attend only to a window of recent tokens. Without `layerTypes` or `globalEvery`, every layer is windowed.",
      type: "object",
      additionalProperties: false,
      required: ["windowTokens"],
      properties: {
        windowTokens: {
          title: "Window size",
          description: "Tokens a windowed layer attends to, and so the most it caches.",
          type: "integer",
          minimum: 1,
          maximum: 1099511627776,
          examples: [4096, 128]
        },
        layerTypes: {
          title: "Layer types",
          description: "The kind of each layer in order (`layer_types`).",
          type: "array",
          maxItems: 65536,
          items: {
            title: "Layer type",
            type: "string",
            enum: ["sliding", "full"],
            examples: ["sliding", "full"]
          },
          examples: [["sliding", "sliding", "full"]]
        },
        globalEvery: {
          title: "Global layer period",
          description: "Layer i (0-based) attends globally when (i + 1) is a multiple of this: 2 for Gemma 2, 6 for Gemma 3.",
          type: "integer",
          minimum: 1,
          maximum: 1099511627776,
          examples: [2, 6]
        }
      },
      examples: [{ windowTokens: 4096, globalEvery: 2 }]
    }
  }
};

// src/validate/validators.generated.ts
var validators_generated_exports = {};
__export(validators_generated_exports, {
  INDEX: () => INDEX,
  v0: () => v0,
  v1: () => v1,
  v2: () => v2,
  v3: () => v3,
  v4: () => v4,
  v5: () => v5,
  v6: () => v6,
  v7: () => v7
});
var import_ucs2length = __toESM(require_ucs2length());
var runtime0 = import_ucs2length.default.default ?? import_ucs2length.default;
var v0 = validate52;
var schema19 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/llm-physics/llm-physics/v0/schemas/inference-deployment.schema.json", "title": "llm-physics InferenceDeployment", "description": "An LLM deployment that llm-physics checks against GPU physics: which model, in which precision, on which GPUs, serving how much context and concurrency. Add `# yaml-language-server: $schema=https://raw.githubusercontent.com/llm-physics/llm-physics/v0/schemas/inference-deployment.schema.json` at the top of a manifest for completion and checking in editors.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "title": "API version", "description": "Version of the manifest format. Always `llm-physics/v1`.", "type": "string", "const": "llm-physics/v1", "examples": ["llm-physics/v1"] }, "kind": { "title": "Kind", "description": "Kind of manifest. Always `InferenceDeployment`.", "type": "string", "const": "InferenceDeployment", "examples": ["InferenceDeployment"] }, "metadata": { "title": "Deployment metadata", "description": "Names the deployment; labels and annotations are kept for people and tools and not interpreted.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "title": "Deployment name", "description": "Names the deployment in findings and reports. Like a DNS label: lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters.", "type": "string", "minLength": 1, "maxLength": 63, "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "examples": ["chat-70b", "embeddings-8b"] }, "labels": { "title": "Labels", "description": "Key/value strings for grouping and selection, as in Kubernetes. Not interpreted by llm-physics.", "type": "object", "propertyNames": { "title": "Label key", "type": "string", "minLength": 1, "maxLength": 253 }, "additionalProperties": { "title": "Label value", "type": "string", "maxLength": 1024 }, "examples": [{ "team": "assistants", "environment": "production" }] }, "annotations": { "title": "Annotations", "description": "Free-form key/value strings for people and tools. Not interpreted by llm-physics.", "type": "object", "propertyNames": { "title": "Annotation key", "type": "string", "minLength": 1, "maxLength": 253 }, "additionalProperties": { "title": "Annotation value", "type": "string", "maxLength": 65536 }, "examples": [{ "owner": "ml-platform@example.com" }] } }, "examples": [{ "name": "chat-70b", "labels": { "team": "assistants" } }] }, "spec": { "title": "Deployment specification", "description": "What is served on what: the model, its precision, the hardware, the parallelism and the serving load, with optional policy targets.", "type": "object", "additionalProperties": false, "required": ["model", "hardware"], "properties": { "model": { "title": "Model", "description": "The model served: a catalog id or alias (`meta-llama/Llama-3.1-70B-Instruct`, `llama-3.1-70b`), a path to a Hugging Face config.json relative to this manifest, or an inline architecture.", "oneOf": [{ "title": "Model id, alias or config.json path", "description": "A catalog id or alias, or a path to a Hugging Face config.json relative to this manifest.", "type": "string", "minLength": 1, "maxLength": 512, "examples": ["meta-llama/Llama-3.1-70B-Instruct", "llama-3.1-8b", "./models/my-model/config.json"] }, { "$ref": "#/$defs/inlineModel" }], "examples": ["meta-llama/Llama-3.1-70B-Instruct", "./models/my-model/config.json", { "name": "my-8b", "maxContextTokens": 131072, "architecture": { "hiddenSize": 4096, "numLayers": 32, "vocabSize": 128256, "tieWordEmbeddings": false, "attention": { "kind": "standard", "numHeads": 32, "numKvHeads": 8, "headDim": 128 }, "mlp": { "gated": true, "intermediateSize": 14336 }, "norm": "rmsnorm", "normsPerLayer": 2 } }] }, "precision": { "title": "Weight precision", "description": "Numeric format the weights are served in. Defaults to the checkpoint's own precision.", "type": "string", "enum": ["int8", "fp8", "bf16", "fp16", "int4", "fp4", "fp32"], "examples": ["fp8", "bf16", "int4"] }, "kvCachePrecision": { "title": "KV cache precision", "description": "Numeric format of the key/value cache.", "type": "string", "enum": ["bf16", "fp16", "fp8", "fp32"], "default": "bf16", "examples": ["bf16", "fp8"] }, "hardware": { "title": "Hardware", "description": "The GPUs the deployment runs on: one type, a number of them.", "type": "object", "additionalProperties": false, "required": ["gpu", "count"], "properties": { "gpu": { "title": "GPU type", "description": "A GPU catalog id or alias.", "type": "string", "minLength": 1, "maxLength": 128, "examples": ["H100-SXM", "A100-80GB", "RTX-4090"] }, "count": { "title": "GPU count", "description": "Number of GPUs serving one replica.", "type": "integer", "minimum": 1, "maximum": 4096, "examples": [1, 4, 8] } }, "examples": [{ "gpu": "H100-SXM", "count": 4 }] }, "parallelism": { "title": "Parallelism", "description": "How the model is split across the GPUs. Defaults to tensor parallelism over every GPU and no pipeline parallelism.", "type": "object", "additionalProperties": false, "properties": { "tensor": { "title": "Tensor-parallel size", "description": "GPUs each layer is split across. Defaults to hardware.count.", "type": "integer", "minimum": 1, "maximum": 4096, "examples": [1, 4, 8] }, "pipeline": { "title": "Pipeline-parallel size", "description": "Stages the layers are divided into. Defaults to 1.", "type": "integer", "minimum": 1, "maximum": 4096, "default": 1, "examples": [1, 2] } }, "examples": [{ "tensor": 4, "pipeline": 1 }] }, "serving": { "title": "Serving load", "description": "The load the deployment must carry: context per sequence, sequences in flight, decode speed, and the share of GPU memory the server may take.", "type": "object", "additionalProperties": false, "properties": { "contextLength": { "title": "Context length", "description": "Tokens per sequence (prompt plus output) the KV cache must hold.", "type": "integer", "minimum": 1, "maximum": 1e7, "examples": [8192, 32768, 131072] }, "concurrency": { "title": "Concurrency", "description": "Sequences in flight at once, each holding a full context in the KV cache.", "type": "integer", "minimum": 1, "maximum": 1e6, "examples": [1, 16, 64] }, "targetTokensPerSecond": { "title": "Target decode speed", "description": "Output tokens per second each sequence must get while decoding.", "type": "number", "exclusiveMinimum": 0, "maximum": 1e6, "examples": [30, 50] }, "memoryFraction": { "title": "GPU memory fraction", "description": "Share of each GPU's memory the server may use, as vLLM's --gpu-memory-utilization.", "type": "number", "exclusiveMinimum": 0, "maximum": 1, "examples": [0.9, 0.95] } }, "examples": [{ "contextLength": 32768, "concurrency": 16, "targetTokensPerSecond": 30, "memoryFraction": 0.9 }] }, "policy": { "$ref": "#/$defs/policy" } }, "examples": [{ "model": "meta-llama/Llama-3.1-70B-Instruct", "precision": "fp8", "hardware": { "gpu": "H100-SXM", "count": 4 }, "serving": { "contextLength": 32768, "concurrency": 16 } }] } }, "examples": [{ "apiVersion": "llm-physics/v1", "kind": "InferenceDeployment", "metadata": { "name": "chat-70b" }, "spec": { "model": "meta-llama/Llama-3.1-70B-Instruct", "precision": "fp8", "hardware": { "gpu": "H100-SXM", "count": 4 }, "parallelism": { "tensor": 4, "pipeline": 1 }, "serving": { "contextLength": 32768, "concurrency": 16, "targetTokensPerSecond": 30, "memoryFraction": 0.9 }, "policy": { "maxTier": "infrastructure", "minHeadroomPercent": 10 } } }], "$defs": { "policy": { "title": "Policy", "description": "Targets the deployment must meet. Each overrides the repository's default from .llm-physics.yml.", "type": "object", "additionalProperties": false, "properties": { "maxTier": { "title": "Highest hardware tier", "description": "The largest hardware tier the model may need: consumer (below 24 GB at INT8), workstation (24 to 80 GB) or infrastructure (above 80 GB).", "type": "string", "enum": ["consumer", "workstation", "infrastructure"], "examples": ["workstation"] }, "minHeadroomPercent": { "title": "Minimum memory headroom", "description": "Percentage of usable GPU memory that must stay free at the configured load.", "type": "number", "minimum": 0, "maximum": 100, "default": 10, "examples": [10, 20] }, "maxBandwidthUtilizationPercent": { "title": "Maximum bandwidth utilization", "description": "Percentage of peak memory bandwidth the target decode speed may need.", "type": "number", "exclusiveMinimum": 0, "maximum": 100, "default": 80, "examples": [80, 90] } }, "examples": [{ "maxTier": "workstation", "minHeadroomPercent": 10, "maxBandwidthUtilizationPercent": 80 }] }, "inlineModel": { "title": "Inline model", "description": "A model described by its architecture instead of a catalog name.", "type": "object", "additionalProperties": false, "required": ["architecture", "maxContextTokens"], "properties": { "name": { "title": "Model name", "description": "Shown in reports.", "type": "string", "minLength": 1, "maxLength": 256, "examples": ["my-8b"] }, "maxContextTokens": { "title": "Maximum context", "description": "Longest context the model supports, in tokens (`max_position_embeddings`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [8192, 131072] }, "architecture": { "$ref": "#/$defs/architecture" } }, "examples": [{ "name": "my-8b", "maxContextTokens": 131072, "architecture": { "hiddenSize": 4096, "numLayers": 32, "vocabSize": 128256, "tieWordEmbeddings": false, "attention": { "kind": "standard", "numHeads": 32, "numKvHeads": 8, "headDim": 128 }, "mlp": { "gated": true, "intermediateSize": 14336 }, "norm": "rmsnorm", "normsPerLayer": 2 } }] }, "architecture": { "title": "Architecture", "description": "The transformer's shape, with Hugging Face config.json meanings. Give `mlp`, `moe`, or both.", "type": "object", "additionalProperties": false, "required": ["hiddenSize", "numLayers", "vocabSize", "tieWordEmbeddings", "attention", "norm", "normsPerLayer"], "properties": { "hiddenSize": { "title": "Hidden size", "description": "Width of the residual stream (`hidden_size`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [4096, 8192] }, "numLayers": { "title": "Number of layers", "description": "Decoder layers (`num_hidden_layers`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [32, 80] }, "vocabSize": { "title": "Vocabulary size", "description": "Tokens in the vocabulary (`vocab_size`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [32e3, 128256] }, "tieWordEmbeddings": { "title": "Tied embeddings", "description": "The output head shares the input embedding matrix (`tie_word_embeddings`).", "type": "boolean", "examples": [false, true] }, "attention": { "$ref": "#/$defs/attention" }, "mlp": { "$ref": "#/$defs/mlp" }, "moe": { "$ref": "#/$defs/moe" }, "norm": { "title": "Norm", "description": "Normalization: RMSNorm (weight only) or LayerNorm (weight and bias).", "type": "string", "enum": ["rmsnorm", "layernorm"], "examples": ["rmsnorm"] }, "normsPerLayer": { "title": "Norms per layer", "description": "Norms in each decoder layer: 2 for Llama-style blocks, 4 for Gemma 2/3, 1 for Falcon-7B.", "type": "integer", "minimum": 0, "maximum": 64, "examples": [2, 4] }, "slidingWindow": { "$ref": "#/$defs/slidingWindow" }, "positionEmbeddings": { "title": "Learned position embeddings", "description": "Positions of a learned absolute position embedding; omit for rotary models.", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [2048] } }, "examples": [{ "hiddenSize": 4096, "numLayers": 32, "vocabSize": 128256, "tieWordEmbeddings": false, "attention": { "kind": "standard", "numHeads": 32, "numKvHeads": 8, "headDim": 128 }, "mlp": { "gated": true, "intermediateSize": 14336 }, "norm": "rmsnorm", "normsPerLayer": 2 }] }, "attention": { "title": "Attention", "description": "The attention block: `kind: standard` for multi-head, grouped-query or multi-query attention; `kind: mla` for DeepSeek's multi-head latent attention.", "oneOf": [{ "$ref": "#/$defs/standardAttention" }, { "$ref": "#/$defs/latentAttention" }], "examples": [{ "kind": "standard", "numHeads": 32, "numKvHeads": 8, "headDim": 128 }, { "kind": "mla", "numHeads": 128, "qLoraRank": 1536, "kvLoraRank": 512, "qkNopeHeadDim": 128, "qkRopeHeadDim": 64, "vHeadDim": 128 }] }, "standardAttention": { "title": "Standard attention", "description": "Multi-head, grouped-query or multi-query attention: one key and one value head of `headDim` per KV head.", "type": "object", "additionalProperties": false, "required": ["kind", "numHeads", "numKvHeads", "headDim"], "properties": { "kind": { "title": "Attention kind", "description": "`standard` for MHA, GQA and MQA.", "type": "string", "const": "standard", "examples": ["standard"] }, "numHeads": { "title": "Query heads", "description": "Query heads (`num_attention_heads`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [32, 64] }, "numKvHeads": { "title": "Key/value heads", "description": "Key/value heads (`num_key_value_heads`): equal to numHeads for MHA, 1 for MQA, between for GQA.", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [8, 1] }, "headDim": { "title": "Head dimension", "description": "Width of one head (`head_dim`, or hidden_size / num_attention_heads).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [128, 64] }, "qkvBias": { "title": "QKV bias", "description": "Bias on the query, key and value projections (Qwen2, gpt-oss).", "type": "boolean", "examples": [true] }, "outputBias": { "title": "Output bias", "description": "Bias on the output projection (gpt-oss).", "type": "boolean", "examples": [true] }, "qkNorm": { "title": "QK norm", "description": "Per-head RMSNorm on queries and keys (Qwen3, Gemma 3).", "type": "boolean", "examples": [true] }, "sinks": { "title": "Attention sinks", "description": "One learned attention-sink logit per query head (gpt-oss).", "type": "boolean", "examples": [true] } }, "examples": [{ "kind": "standard", "numHeads": 32, "numKvHeads": 8, "headDim": 128 }] }, "latentAttention": { "title": "Multi-head latent attention", "description": "DeepSeek-V2/V3 attention: keys and values cached as one compressed latent of `kvLoraRank` plus a shared rotary key of `qkRopeHeadDim`.", "type": "object", "additionalProperties": false, "required": ["kind", "numHeads", "qLoraRank", "kvLoraRank", "qkNopeHeadDim", "qkRopeHeadDim", "vHeadDim"], "properties": { "kind": { "title": "Attention kind", "description": "`mla` for multi-head latent attention.", "type": "string", "const": "mla", "examples": ["mla"] }, "numHeads": { "title": "Query heads", "description": "Attention heads (`num_attention_heads`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [128] }, "qLoraRank": { "title": "Query LoRA rank", "description": "Rank of the low-rank query projection (`q_lora_rank`); null when queries are projected directly (DeepSeek-V2-Lite).", "type": ["integer", "null"], "minimum": 1, "maximum": 1099511627776, "examples": [1536, null] }, "kvLoraRank": { "title": "KV LoRA rank", "description": "Width of the cached key/value latent (`kv_lora_rank`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [512] }, "qkNopeHeadDim": { "title": "Non-rotary query/key head dimension", "description": "`qk_nope_head_dim`.", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [128] }, "qkRopeHeadDim": { "title": "Rotary query/key head dimension", "description": "`qk_rope_head_dim`: the shared rotary key cached beside the latent.", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [64] }, "vHeadDim": { "title": "Value head dimension", "description": "`v_head_dim`.", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [128] } }, "examples": [{ "kind": "mla", "numHeads": 128, "qLoraRank": 1536, "kvLoraRank": 512, "qkNopeHeadDim": 128, "qkRopeHeadDim": 64, "vHeadDim": 128 }] }, "mlp": { "title": "MLP", "description": "A feed-forward block: gated (SwiGLU/GeGLU: gate, up and down matrices) or ungated (up and down).", "type": "object", "additionalProperties": false, "required": ["gated", "intermediateSize"], "properties": { "gated": { "title": "Gated", "description": "Has a gate matrix (SwiGLU, GeGLU).", "type": "boolean", "examples": [true] }, "intermediateSize": { "title": "Intermediate size", "description": "Width of the hidden layer (`intermediate_size`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [14336, 28672] }, "bias": { "title": "Bias", "description": "Bias on every projection (gpt-oss experts, Falcon).", "type": "boolean", "examples": [false] } }, "examples": [{ "gated": true, "intermediateSize": 14336 }] }, "moe": { "title": "Mixture of experts", "description": "Routed experts replacing the MLP on some or all layers.", "type": "object", "additionalProperties": false, "required": ["numExperts", "topK", "expert"], "properties": { "numExperts": { "title": "Routed experts", "description": "Routed experts per MoE layer (`num_local_experts`, `n_routed_experts`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [8, 256] }, "topK": { "title": "Experts per token", "description": "Routed experts used per token (`num_experts_per_tok`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [2, 8] }, "expert": { "$ref": "#/$defs/mlp" }, "shared": { "title": "Shared experts", "description": "Always-active shared experts: `count` copies of `mlp`.", "type": "object", "additionalProperties": false, "required": ["count", "mlp"], "properties": { "count": { "title": "Shared expert count", "description": "Copies of the shared expert (`n_shared_experts`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [1, 2] }, "mlp": { "$ref": "#/$defs/mlp" }, "gate": { "title": "Shared expert gate", "description": "A sigmoid gate of one weight row per token (Qwen2-MoE).", "type": "boolean", "examples": [true] } }, "examples": [{ "count": 1, "mlp": { "gated": true, "intermediateSize": 2048 } }] }, "firstDenseLayers": { "title": "Leading dense layers", "description": "The first N layers use the plain `mlp` instead of experts (`first_k_dense_replace`).", "type": "integer", "minimum": 0, "maximum": 1099511627776, "examples": [3] }, "routerBias": { "title": "Router bias", "description": "The router has one bias value per expert (gpt-oss, DeepSeek-V3).", "type": "boolean", "examples": [true] } }, "examples": [{ "numExperts": 8, "topK": 2, "expert": { "gated": true, "intermediateSize": 14336 } }] }, "slidingWindow": { "title": "Sliding window", "description": "Layers that attend only to a window of recent tokens. Without `layerTypes` or `globalEvery`, every layer is windowed.", "type": "object", "additionalProperties": false, "required": ["windowTokens"], "properties": { "windowTokens": { "title": "Window size", "description": "Tokens a windowed layer attends to, and so the most it caches.", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [4096, 128] }, "layerTypes": { "title": "Layer types", "description": "The kind of each layer in order (`layer_types`).", "type": "array", "maxItems": 65536, "items": { "title": "Layer type", "type": "string", "enum": ["sliding", "full"], "examples": ["sliding", "full"] }, "examples": [["sliding", "sliding", "full"]] }, "globalEvery": { "title": "Global layer period", "description": "Layer i (0-based) attends globally when (i + 1) is a multiple of this: 2 for Gemma 2, 6 for Gemma 3.", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [2, 6] } }, "examples": [{ "windowTokens": 4096, "globalEvery": 2 }] } } };
var func1 = runtime0;
var pattern3 = new RegExp("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", "u");
var schema20 = { "title": "Inline model", "description": "A model described by its architecture instead of a catalog name.", "type": "object", "additionalProperties": false, "required": ["architecture", "maxContextTokens"], "properties": { "name": { "title": "Model name", "description": "Shown in reports.", "type": "string", "minLength": 1, "maxLength": 256, "examples": ["my-8b"] }, "maxContextTokens": { "title": "Maximum context", "description": "Longest context the model supports, in tokens (`max_position_embeddings`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [8192, 131072] }, "architecture": { "$ref": "#/$defs/architecture" } }, "examples": [{ "name": "my-8b", "maxContextTokens": 131072, "architecture": { "hiddenSize": 4096, "numLayers": 32, "vocabSize": 128256, "tieWordEmbeddings": false, "attention": { "kind": "standard", "numHeads": 32, "numKvHeads": 8, "headDim": 128 }, "mlp": { "gated": true, "intermediateSize": 14336 }, "norm": "rmsnorm", "normsPerLayer": 2 } }] };
var schema21 = { "title": "Architecture", "description": "The transformer's shape, with Hugging Face config.json meanings. Give `mlp`, `moe`, or both.", "type": "object", "additionalProperties": false, "required": ["hiddenSize", "numLayers", "vocabSize", "tieWordEmbeddings", "attention", "norm", "normsPerLayer"], "properties": { "hiddenSize": { "title": "Hidden size", "description": "Width of the residual stream (`hidden_size`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [4096, 8192] }, "numLayers": { "title": "Number of layers", "description": "Decoder layers (`num_hidden_layers`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [32, 80] }, "vocabSize": { "title": "Vocabulary size", "description": "Tokens in the vocabulary (`vocab_size`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [32e3, 128256] }, "tieWordEmbeddings": { "title": "Tied embeddings", "description": "The output head shares the input embedding matrix (`tie_word_embeddings`).", "type": "boolean", "examples": [false, true] }, "attention": { "$ref": "#/$defs/attention" }, "mlp": { "$ref": "#/$defs/mlp" }, "moe": { "$ref": "#/$defs/moe" }, "norm": { "title": "Norm", "description": "Normalization: RMSNorm (weight only) or LayerNorm (weight and bias).", "type": "string", "enum": ["rmsnorm", "layernorm"], "examples": ["rmsnorm"] }, "normsPerLayer": { "title": "Norms per layer", "description": "Norms in each decoder layer: 2 for Llama-style blocks, 4 for Gemma 2/3, 1 for Falcon-7B.", "type": "integer", "minimum": 0, "maximum": 64, "examples": [2, 4] }, "slidingWindow": { "$ref": "#/$defs/slidingWindow" }, "positionEmbeddings": { "title": "Learned position embeddings", "description": "Positions of a learned absolute position embedding; omit for rotary models.", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [2048] } }, "examples": [{ "hiddenSize": 4096, "numLayers": 32, "vocabSize": 128256, "tieWordEmbeddings": false, "attention": { "kind": "standard", "numHeads": 32, "numKvHeads": 8, "headDim": 128 }, "mlp": { "gated": true, "intermediateSize": 14336 }, "norm": "rmsnorm", "normsPerLayer": 2 }] };
var func13 = Object.prototype.hasOwnProperty;
var schema22 = { "title": "Attention", "description": "The attention block: `kind: standard` for multi-head, grouped-query or multi-query attention; `kind: mla` for DeepSeek's multi-head latent attention.", "oneOf": [{ "$ref": "#/$defs/standardAttention" }, { "$ref": "#/$defs/latentAttention" }], "examples": [{ "kind": "standard", "numHeads": 32, "numKvHeads": 8, "headDim": 128 }, { "kind": "mla", "numHeads": 128, "qLoraRank": 1536, "kvLoraRank": 512, "qkNopeHeadDim": 128, "qkRopeHeadDim": 64, "vHeadDim": 128 }] };
var schema23 = { "title": "Standard attention", "description": "Multi-head, grouped-query or multi-query attention: one key and one value head of `headDim` per KV head.", "type": "object", "additionalProperties": false, "required": ["kind", "numHeads", "numKvHeads", "headDim"], "properties": { "kind": { "title": "Attention kind", "description": "`standard` for MHA, GQA and MQA.", "type": "string", "const": "standard", "examples": ["standard"] }, "numHeads": { "title": "Query heads", "description": "Query heads (`num_attention_heads`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [32, 64] }, "numKvHeads": { "title": "Key/value heads", "description": "Key/value heads (`num_key_value_heads`): equal to numHeads for MHA, 1 for MQA, between for GQA.", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [8, 1] }, "headDim": { "title": "Head dimension", "description": "Width of one head (`head_dim`, or hidden_size / num_attention_heads).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [128, 64] }, "qkvBias": { "title": "QKV bias", "description": "Bias on the query, key and value projections (Qwen2, gpt-oss).", "type": "boolean", "examples": [true] }, "outputBias": { "title": "Output bias", "description": "Bias on the output projection (gpt-oss).", "type": "boolean", "examples": [true] }, "qkNorm": { "title": "QK norm", "description": "Per-head RMSNorm on queries and keys (Qwen3, Gemma 3).", "type": "boolean", "examples": [true] }, "sinks": { "title": "Attention sinks", "description": "One learned attention-sink logit per query head (gpt-oss).", "type": "boolean", "examples": [true] } }, "examples": [{ "kind": "standard", "numHeads": 32, "numKvHeads": 8, "headDim": 128 }] };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema23.required, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.numHeads === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "numHeads" }, message: "must have required property 'numHeads'", schema: schema23.required, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.numKvHeads === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "numKvHeads" }, message: "must have required property 'numKvHeads'", schema: schema23.required, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.headDim === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "headDim" }, message: "must have required property 'headDim'", schema: schema23.required, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "numHeads" || key0 === "numKvHeads" || key0 === "headDim" || key0 === "qkvBias" || key0 === "outputBias" || key0 === "qkNorm" || key0 === "sinks")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.kind.type, parentSchema: schema23.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("standard" !== data0) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "standard" }, message: "must be equal to constant", schema: "standard", parentSchema: schema23.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.numHeads !== void 0) {
      let data1 = data.numHeads;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err7 = { instancePath: instancePath + "/numHeads", schemaPath: "#/properties/numHeads/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.numHeads.type, parentSchema: schema23.properties.numHeads, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1099511627776 || isNaN(data1)) {
          const err8 = { instancePath: instancePath + "/numHeads", schemaPath: "#/properties/numHeads/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema23.properties.numHeads, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err9 = { instancePath: instancePath + "/numHeads", schemaPath: "#/properties/numHeads/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema23.properties.numHeads, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.numKvHeads !== void 0) {
      let data2 = data.numKvHeads;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err10 = { instancePath: instancePath + "/numKvHeads", schemaPath: "#/properties/numKvHeads/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.numKvHeads.type, parentSchema: schema23.properties.numKvHeads, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 1099511627776 || isNaN(data2)) {
          const err11 = { instancePath: instancePath + "/numKvHeads", schemaPath: "#/properties/numKvHeads/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema23.properties.numKvHeads, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err12 = { instancePath: instancePath + "/numKvHeads", schemaPath: "#/properties/numKvHeads/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema23.properties.numKvHeads, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.headDim !== void 0) {
      let data3 = data.headDim;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err13 = { instancePath: instancePath + "/headDim", schemaPath: "#/properties/headDim/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.headDim.type, parentSchema: schema23.properties.headDim, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 1099511627776 || isNaN(data3)) {
          const err14 = { instancePath: instancePath + "/headDim", schemaPath: "#/properties/headDim/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema23.properties.headDim, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err15 = { instancePath: instancePath + "/headDim", schemaPath: "#/properties/headDim/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema23.properties.headDim, data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.qkvBias !== void 0) {
      let data4 = data.qkvBias;
      if (typeof data4 !== "boolean") {
        const err16 = { instancePath: instancePath + "/qkvBias", schemaPath: "#/properties/qkvBias/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema23.properties.qkvBias.type, parentSchema: schema23.properties.qkvBias, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.outputBias !== void 0) {
      let data5 = data.outputBias;
      if (typeof data5 !== "boolean") {
        const err17 = { instancePath: instancePath + "/outputBias", schemaPath: "#/properties/outputBias/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema23.properties.outputBias.type, parentSchema: schema23.properties.outputBias, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.qkNorm !== void 0) {
      let data6 = data.qkNorm;
      if (typeof data6 !== "boolean") {
        const err18 = { instancePath: instancePath + "/qkNorm", schemaPath: "#/properties/qkNorm/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema23.properties.qkNorm.type, parentSchema: schema23.properties.qkNorm, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.sinks !== void 0) {
      let data7 = data.sinks;
      if (typeof data7 !== "boolean") {
        const err19 = { instancePath: instancePath + "/sinks", schemaPath: "#/properties/sinks/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema23.properties.sinks.type, parentSchema: schema23.properties.sinks, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema24 = { "title": "Multi-head latent attention", "description": "DeepSeek-V2/V3 attention: keys and values cached as one compressed latent of `kvLoraRank` plus a shared rotary key of `qkRopeHeadDim`.", "type": "object", "additionalProperties": false, "required": ["kind", "numHeads", "qLoraRank", "kvLoraRank", "qkNopeHeadDim", "qkRopeHeadDim", "vHeadDim"], "properties": { "kind": { "title": "Attention kind", "description": "`mla` for multi-head latent attention.", "type": "string", "const": "mla", "examples": ["mla"] }, "numHeads": { "title": "Query heads", "description": "Attention heads (`num_attention_heads`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [128] }, "qLoraRank": { "title": "Query LoRA rank", "description": "Rank of the low-rank query projection (`q_lora_rank`); null when queries are projected directly (DeepSeek-V2-Lite).", "type": ["integer", "null"], "minimum": 1, "maximum": 1099511627776, "examples": [1536, null] }, "kvLoraRank": { "title": "KV LoRA rank", "description": "Width of the cached key/value latent (`kv_lora_rank`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [512] }, "qkNopeHeadDim": { "title": "Non-rotary query/key head dimension", "description": "`qk_nope_head_dim`.", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [128] }, "qkRopeHeadDim": { "title": "Rotary query/key head dimension", "description": "`qk_rope_head_dim`: the shared rotary key cached beside the latent.", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [64] }, "vHeadDim": { "title": "Value head dimension", "description": "`v_head_dim`.", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [128] } }, "examples": [{ "kind": "mla", "numHeads": 128, "qLoraRank": 1536, "kvLoraRank": 512, "qkNopeHeadDim": 128, "qkRopeHeadDim": 64, "vHeadDim": 128 }] };
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.numHeads === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "numHeads" }, message: "must have required property 'numHeads'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.qLoraRank === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "qLoraRank" }, message: "must have required property 'qLoraRank'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.kvLoraRank === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kvLoraRank" }, message: "must have required property 'kvLoraRank'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.qkNopeHeadDim === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "qkNopeHeadDim" }, message: "must have required property 'qkNopeHeadDim'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.qkRopeHeadDim === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "qkRopeHeadDim" }, message: "must have required property 'qkRopeHeadDim'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.vHeadDim === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "vHeadDim" }, message: "must have required property 'vHeadDim'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "numHeads" || key0 === "qLoraRank" || key0 === "kvLoraRank" || key0 === "qkNopeHeadDim" || key0 === "qkRopeHeadDim" || key0 === "vHeadDim")) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (typeof data0 !== "string") {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.kind.type, parentSchema: schema24.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if ("mla" !== data0) {
        const err9 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "mla" }, message: "must be equal to constant", schema: "mla", parentSchema: schema24.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.numHeads !== void 0) {
      let data1 = data.numHeads;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err10 = { instancePath: instancePath + "/numHeads", schemaPath: "#/properties/numHeads/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema24.properties.numHeads.type, parentSchema: schema24.properties.numHeads, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1099511627776 || isNaN(data1)) {
          const err11 = { instancePath: instancePath + "/numHeads", schemaPath: "#/properties/numHeads/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema24.properties.numHeads, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err12 = { instancePath: instancePath + "/numHeads", schemaPath: "#/properties/numHeads/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24.properties.numHeads, data: data1 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.qLoraRank !== void 0) {
      let data2 = data.qLoraRank;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2)) && data2 !== null) {
        const err13 = { instancePath: instancePath + "/qLoraRank", schemaPath: "#/properties/qLoraRank/type", keyword: "type", params: { type: schema24.properties.qLoraRank.type }, message: "must be integer,null", schema: schema24.properties.qLoraRank.type, parentSchema: schema24.properties.qLoraRank, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 1099511627776 || isNaN(data2)) {
          const err14 = { instancePath: instancePath + "/qLoraRank", schemaPath: "#/properties/qLoraRank/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema24.properties.qLoraRank, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err15 = { instancePath: instancePath + "/qLoraRank", schemaPath: "#/properties/qLoraRank/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24.properties.qLoraRank, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.kvLoraRank !== void 0) {
      let data3 = data.kvLoraRank;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err16 = { instancePath: instancePath + "/kvLoraRank", schemaPath: "#/properties/kvLoraRank/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema24.properties.kvLoraRank.type, parentSchema: schema24.properties.kvLoraRank, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 1099511627776 || isNaN(data3)) {
          const err17 = { instancePath: instancePath + "/kvLoraRank", schemaPath: "#/properties/kvLoraRank/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema24.properties.kvLoraRank, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err18 = { instancePath: instancePath + "/kvLoraRank", schemaPath: "#/properties/kvLoraRank/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24.properties.kvLoraRank, data: data3 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.qkNopeHeadDim !== void 0) {
      let data4 = data.qkNopeHeadDim;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err19 = { instancePath: instancePath + "/qkNopeHeadDim", schemaPath: "#/properties/qkNopeHeadDim/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema24.properties.qkNopeHeadDim.type, parentSchema: schema24.properties.qkNopeHeadDim, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 1099511627776 || isNaN(data4)) {
          const err20 = { instancePath: instancePath + "/qkNopeHeadDim", schemaPath: "#/properties/qkNopeHeadDim/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema24.properties.qkNopeHeadDim, data: data4 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data4 < 1 || isNaN(data4)) {
          const err21 = { instancePath: instancePath + "/qkNopeHeadDim", schemaPath: "#/properties/qkNopeHeadDim/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24.properties.qkNopeHeadDim, data: data4 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    if (data.qkRopeHeadDim !== void 0) {
      let data5 = data.qkRopeHeadDim;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err22 = { instancePath: instancePath + "/qkRopeHeadDim", schemaPath: "#/properties/qkRopeHeadDim/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema24.properties.qkRopeHeadDim.type, parentSchema: schema24.properties.qkRopeHeadDim, data: data5 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 1099511627776 || isNaN(data5)) {
          const err23 = { instancePath: instancePath + "/qkRopeHeadDim", schemaPath: "#/properties/qkRopeHeadDim/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema24.properties.qkRopeHeadDim, data: data5 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data5 < 1 || isNaN(data5)) {
          const err24 = { instancePath: instancePath + "/qkRopeHeadDim", schemaPath: "#/properties/qkRopeHeadDim/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24.properties.qkRopeHeadDim, data: data5 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
    }
    if (data.vHeadDim !== void 0) {
      let data6 = data.vHeadDim;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err25 = { instancePath: instancePath + "/vHeadDim", schemaPath: "#/properties/vHeadDim/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema24.properties.vHeadDim.type, parentSchema: schema24.properties.vHeadDim, data: data6 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 > 1099511627776 || isNaN(data6)) {
          const err26 = { instancePath: instancePath + "/vHeadDim", schemaPath: "#/properties/vHeadDim/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema24.properties.vHeadDim, data: data6 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data6 < 1 || isNaN(data6)) {
          const err27 = { instancePath: instancePath + "/vHeadDim", schemaPath: "#/properties/vHeadDim/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24.properties.vHeadDim, data: data6 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate56(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = true;
  }
  const _errs2 = errors;
  if (!validate58(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = true;
      }
    }
  }
  if (!valid0) {
    const err0 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema22.oneOf, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate55.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate55.evaluated = { "dynamicProps": true, "dynamicItems": false };
var schema25 = { "title": "MLP", "description": "A feed-forward block: gated (SwiGLU/GeGLU: gate, up and down matrices) or ungated (up and down).", "type": "object", "additionalProperties": false, "required": ["gated", "intermediateSize"], "properties": { "gated": { "title": "Gated", "description": "Has a gate matrix (SwiGLU, GeGLU).", "type": "boolean", "examples": [true] }, "intermediateSize": { "title": "Intermediate size", "description": "Width of the hidden layer (`intermediate_size`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [14336, 28672] }, "bias": { "title": "Bias", "description": "Bias on every projection (gpt-oss experts, Falcon).", "type": "boolean", "examples": [false] } }, "examples": [{ "gated": true, "intermediateSize": 14336 }] };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.gated === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gated" }, message: "must have required property 'gated'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.intermediateSize === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "intermediateSize" }, message: "must have required property 'intermediateSize'", schema: schema25.required, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "gated" || key0 === "intermediateSize" || key0 === "bias")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.gated !== void 0) {
      let data0 = data.gated;
      if (typeof data0 !== "boolean") {
        const err3 = { instancePath: instancePath + "/gated", schemaPath: "#/properties/gated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema25.properties.gated.type, parentSchema: schema25.properties.gated, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.intermediateSize !== void 0) {
      let data1 = data.intermediateSize;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err4 = { instancePath: instancePath + "/intermediateSize", schemaPath: "#/properties/intermediateSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema25.properties.intermediateSize.type, parentSchema: schema25.properties.intermediateSize, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1099511627776 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/intermediateSize", schemaPath: "#/properties/intermediateSize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema25.properties.intermediateSize, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/intermediateSize", schemaPath: "#/properties/intermediateSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema25.properties.intermediateSize, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.bias !== void 0) {
      let data2 = data.bias;
      if (typeof data2 !== "boolean") {
        const err7 = { instancePath: instancePath + "/bias", schemaPath: "#/properties/bias/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema25.properties.bias.type, parentSchema: schema25.properties.bias, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema26 = { "title": "Mixture of experts", "description": "Routed experts replacing the MLP on some or all layers.", "type": "object", "additionalProperties": false, "required": ["numExperts", "topK", "expert"], "properties": { "numExperts": { "title": "Routed experts", "description": "Routed experts per MoE layer (`num_local_experts`, `n_routed_experts`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [8, 256] }, "topK": { "title": "Experts per token", "description": "Routed experts used per token (`num_experts_per_tok`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [2, 8] }, "expert": { "$ref": "#/$defs/mlp" }, "shared": { "title": "Shared experts", "description": "Always-active shared experts: `count` copies of `mlp`.", "type": "object", "additionalProperties": false, "required": ["count", "mlp"], "properties": { "count": { "title": "Shared expert count", "description": "Copies of the shared expert (`n_shared_experts`).", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [1, 2] }, "mlp": { "$ref": "#/$defs/mlp" }, "gate": { "title": "Shared expert gate", "description": "A sigmoid gate of one weight row per token (Qwen2-MoE).", "type": "boolean", "examples": [true] } }, "examples": [{ "count": 1, "mlp": { "gated": true, "intermediateSize": 2048 } }] }, "firstDenseLayers": { "title": "Leading dense layers", "description": "The first N layers use the plain `mlp` instead of experts (`first_k_dense_replace`).", "type": "integer", "minimum": 0, "maximum": 1099511627776, "examples": [3] }, "routerBias": { "title": "Router bias", "description": "The router has one bias value per expert (gpt-oss, DeepSeek-V3).", "type": "boolean", "examples": [true] } }, "examples": [{ "numExperts": 8, "topK": 2, "expert": { "gated": true, "intermediateSize": 14336 } }] };
function validate63(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate63.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.numExperts === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "numExperts" }, message: "must have required property 'numExperts'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.topK === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "topK" }, message: "must have required property 'topK'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.expert === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expert" }, message: "must have required property 'expert'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "numExperts" || key0 === "topK" || key0 === "expert" || key0 === "shared" || key0 === "firstDenseLayers" || key0 === "routerBias")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.numExperts !== void 0) {
      let data0 = data.numExperts;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err4 = { instancePath: instancePath + "/numExperts", schemaPath: "#/properties/numExperts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.numExperts.type, parentSchema: schema26.properties.numExperts, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 1099511627776 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/numExperts", schemaPath: "#/properties/numExperts/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema26.properties.numExperts, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err6 = { instancePath: instancePath + "/numExperts", schemaPath: "#/properties/numExperts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema26.properties.numExperts, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.topK !== void 0) {
      let data1 = data.topK;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err7 = { instancePath: instancePath + "/topK", schemaPath: "#/properties/topK/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.topK.type, parentSchema: schema26.properties.topK, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1099511627776 || isNaN(data1)) {
          const err8 = { instancePath: instancePath + "/topK", schemaPath: "#/properties/topK/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema26.properties.topK, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err9 = { instancePath: instancePath + "/topK", schemaPath: "#/properties/topK/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema26.properties.topK, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.expert !== void 0) {
      if (!validate61(data.expert, { instancePath: instancePath + "/expert", parentData: data, parentDataProperty: "expert", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
        errors = vErrors.length;
      }
    }
    if (data.shared !== void 0) {
      let data3 = data.shared;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.count === void 0) {
          const err10 = { instancePath: instancePath + "/shared", schemaPath: "#/properties/shared/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema26.properties.shared.required, parentSchema: schema26.properties.shared, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3.mlp === void 0) {
          const err11 = { instancePath: instancePath + "/shared", schemaPath: "#/properties/shared/required", keyword: "required", params: { missingProperty: "mlp" }, message: "must have required property 'mlp'", schema: schema26.properties.shared.required, parentSchema: schema26.properties.shared, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "count" || key1 === "mlp" || key1 === "gate")) {
            const err12 = { instancePath: instancePath + "/shared", schemaPath: "#/properties/shared/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26.properties.shared, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.count !== void 0) {
          let data4 = data3.count;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err13 = { instancePath: instancePath + "/shared/count", schemaPath: "#/properties/shared/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.shared.properties.count.type, parentSchema: schema26.properties.shared.properties.count, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 > 1099511627776 || isNaN(data4)) {
              const err14 = { instancePath: instancePath + "/shared/count", schemaPath: "#/properties/shared/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema26.properties.shared.properties.count, data: data4 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data4 < 1 || isNaN(data4)) {
              const err15 = { instancePath: instancePath + "/shared/count", schemaPath: "#/properties/shared/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema26.properties.shared.properties.count, data: data4 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        }
        if (data3.mlp !== void 0) {
          if (!validate61(data3.mlp, { instancePath: instancePath + "/shared/mlp", parentData: data3, parentDataProperty: "mlp", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
            errors = vErrors.length;
          }
        }
        if (data3.gate !== void 0) {
          let data6 = data3.gate;
          if (typeof data6 !== "boolean") {
            const err16 = { instancePath: instancePath + "/shared/gate", schemaPath: "#/properties/shared/properties/gate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.properties.shared.properties.gate.type, parentSchema: schema26.properties.shared.properties.gate, data: data6 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/shared", schemaPath: "#/properties/shared/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.shared.type, parentSchema: schema26.properties.shared, data: data3 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.firstDenseLayers !== void 0) {
      let data7 = data.firstDenseLayers;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err18 = { instancePath: instancePath + "/firstDenseLayers", schemaPath: "#/properties/firstDenseLayers/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.firstDenseLayers.type, parentSchema: schema26.properties.firstDenseLayers, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 > 1099511627776 || isNaN(data7)) {
          const err19 = { instancePath: instancePath + "/firstDenseLayers", schemaPath: "#/properties/firstDenseLayers/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema26.properties.firstDenseLayers, data: data7 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data7 < 0 || isNaN(data7)) {
          const err20 = { instancePath: instancePath + "/firstDenseLayers", schemaPath: "#/properties/firstDenseLayers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema26.properties.firstDenseLayers, data: data7 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data.routerBias !== void 0) {
      let data8 = data.routerBias;
      if (typeof data8 !== "boolean") {
        const err21 = { instancePath: instancePath + "/routerBias", schemaPath: "#/properties/routerBias/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.properties.routerBias.type, parentSchema: schema26.properties.routerBias, data: data8 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate63.errors = vErrors;
  return errors === 0;
}
validate63.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema27 = { "title": "Sliding window", "description": "Layers that attend only to a window of recent tokens. Without `layerTypes` or `globalEvery`, every layer is windowed.", "type": "object", "additionalProperties": false, "required": ["windowTokens"], "properties": { "windowTokens": { "title": "Window size", "description": "Tokens a windowed layer attends to, and so the most it caches.", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [4096, 128] }, "layerTypes": { "title": "Layer types", "description": "The kind of each layer in order (`layer_types`).", "type": "array", "maxItems": 65536, "items": { "title": "Layer type", "type": "string", "enum": ["sliding", "full"], "examples": ["sliding", "full"] }, "examples": [["sliding", "sliding", "full"]] }, "globalEvery": { "title": "Global layer period", "description": "Layer i (0-based) attends globally when (i + 1) is a multiple of this: 2 for Gemma 2, 6 for Gemma 3.", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [2, 6] } }, "examples": [{ "windowTokens": 4096, "globalEvery": 2 }] };
function validate67(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate67.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.windowTokens === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "windowTokens" }, message: "must have required property 'windowTokens'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "windowTokens" || key0 === "layerTypes" || key0 === "globalEvery")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.windowTokens !== void 0) {
      let data0 = data.windowTokens;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err2 = { instancePath: instancePath + "/windowTokens", schemaPath: "#/properties/windowTokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.properties.windowTokens.type, parentSchema: schema27.properties.windowTokens, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 1099511627776 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/windowTokens", schemaPath: "#/properties/windowTokens/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema27.properties.windowTokens, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/windowTokens", schemaPath: "#/properties/windowTokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema27.properties.windowTokens, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.layerTypes !== void 0) {
      let data1 = data.layerTypes;
      if (Array.isArray(data1)) {
        if (data1.length > 65536) {
          const err5 = { instancePath: instancePath + "/layerTypes", schemaPath: "#/properties/layerTypes/maxItems", keyword: "maxItems", params: { limit: 65536 }, message: "must NOT have more than 65536 items", schema: 65536, parentSchema: schema27.properties.layerTypes, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 !== "string") {
            const err6 = { instancePath: instancePath + "/layerTypes/" + i0, schemaPath: "#/properties/layerTypes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.layerTypes.items.type, parentSchema: schema27.properties.layerTypes.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (!(data2 === "sliding" || data2 === "full")) {
            const err7 = { instancePath: instancePath + "/layerTypes/" + i0, schemaPath: "#/properties/layerTypes/items/enum", keyword: "enum", params: { allowedValues: schema27.properties.layerTypes.items.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.layerTypes.items.enum, parentSchema: schema27.properties.layerTypes.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/layerTypes", schemaPath: "#/properties/layerTypes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties.layerTypes.type, parentSchema: schema27.properties.layerTypes, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.globalEvery !== void 0) {
      let data3 = data.globalEvery;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err9 = { instancePath: instancePath + "/globalEvery", schemaPath: "#/properties/globalEvery/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.properties.globalEvery.type, parentSchema: schema27.properties.globalEvery, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 1099511627776 || isNaN(data3)) {
          const err10 = { instancePath: instancePath + "/globalEvery", schemaPath: "#/properties/globalEvery/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema27.properties.globalEvery, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err11 = { instancePath: instancePath + "/globalEvery", schemaPath: "#/properties/globalEvery/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema27.properties.globalEvery, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate67.errors = vErrors;
  return errors === 0;
}
validate67.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.hiddenSize === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hiddenSize" }, message: "must have required property 'hiddenSize'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.numLayers === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "numLayers" }, message: "must have required property 'numLayers'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.vocabSize === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "vocabSize" }, message: "must have required property 'vocabSize'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.tieWordEmbeddings === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tieWordEmbeddings" }, message: "must have required property 'tieWordEmbeddings'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.attention === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attention" }, message: "must have required property 'attention'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.norm === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "norm" }, message: "must have required property 'norm'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.normsPerLayer === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "normsPerLayer" }, message: "must have required property 'normsPerLayer'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func13.call(schema21.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.hiddenSize !== void 0) {
      let data0 = data.hiddenSize;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err8 = { instancePath: instancePath + "/hiddenSize", schemaPath: "#/properties/hiddenSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.hiddenSize.type, parentSchema: schema21.properties.hiddenSize, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 1099511627776 || isNaN(data0)) {
          const err9 = { instancePath: instancePath + "/hiddenSize", schemaPath: "#/properties/hiddenSize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema21.properties.hiddenSize, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err10 = { instancePath: instancePath + "/hiddenSize", schemaPath: "#/properties/hiddenSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema21.properties.hiddenSize, data: data0 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.numLayers !== void 0) {
      let data1 = data.numLayers;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err11 = { instancePath: instancePath + "/numLayers", schemaPath: "#/properties/numLayers/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.numLayers.type, parentSchema: schema21.properties.numLayers, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1099511627776 || isNaN(data1)) {
          const err12 = { instancePath: instancePath + "/numLayers", schemaPath: "#/properties/numLayers/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema21.properties.numLayers, data: data1 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err13 = { instancePath: instancePath + "/numLayers", schemaPath: "#/properties/numLayers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema21.properties.numLayers, data: data1 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.vocabSize !== void 0) {
      let data2 = data.vocabSize;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err14 = { instancePath: instancePath + "/vocabSize", schemaPath: "#/properties/vocabSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.vocabSize.type, parentSchema: schema21.properties.vocabSize, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 1099511627776 || isNaN(data2)) {
          const err15 = { instancePath: instancePath + "/vocabSize", schemaPath: "#/properties/vocabSize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema21.properties.vocabSize, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err16 = { instancePath: instancePath + "/vocabSize", schemaPath: "#/properties/vocabSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema21.properties.vocabSize, data: data2 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.tieWordEmbeddings !== void 0) {
      let data3 = data.tieWordEmbeddings;
      if (typeof data3 !== "boolean") {
        const err17 = { instancePath: instancePath + "/tieWordEmbeddings", schemaPath: "#/properties/tieWordEmbeddings/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema21.properties.tieWordEmbeddings.type, parentSchema: schema21.properties.tieWordEmbeddings, data: data3 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.attention !== void 0) {
      if (!validate55(data.attention, { instancePath: instancePath + "/attention", parentData: data, parentDataProperty: "attention", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
        errors = vErrors.length;
      }
    }
    if (data.mlp !== void 0) {
      if (!validate61(data.mlp, { instancePath: instancePath + "/mlp", parentData: data, parentDataProperty: "mlp", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
        errors = vErrors.length;
      }
    }
    if (data.moe !== void 0) {
      if (!validate63(data.moe, { instancePath: instancePath + "/moe", parentData: data, parentDataProperty: "moe", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
        errors = vErrors.length;
      }
    }
    if (data.norm !== void 0) {
      let data7 = data.norm;
      if (typeof data7 !== "string") {
        const err18 = { instancePath: instancePath + "/norm", schemaPath: "#/properties/norm/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.norm.type, parentSchema: schema21.properties.norm, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (!(data7 === "rmsnorm" || data7 === "layernorm")) {
        const err19 = { instancePath: instancePath + "/norm", schemaPath: "#/properties/norm/enum", keyword: "enum", params: { allowedValues: schema21.properties.norm.enum }, message: "must be equal to one of the allowed values", schema: schema21.properties.norm.enum, parentSchema: schema21.properties.norm, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.normsPerLayer !== void 0) {
      let data8 = data.normsPerLayer;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err20 = { instancePath: instancePath + "/normsPerLayer", schemaPath: "#/properties/normsPerLayer/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.normsPerLayer.type, parentSchema: schema21.properties.normsPerLayer, data: data8 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 > 64 || isNaN(data8)) {
          const err21 = { instancePath: instancePath + "/normsPerLayer", schemaPath: "#/properties/normsPerLayer/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema21.properties.normsPerLayer, data: data8 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data8 < 0 || isNaN(data8)) {
          const err22 = { instancePath: instancePath + "/normsPerLayer", schemaPath: "#/properties/normsPerLayer/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema21.properties.normsPerLayer, data: data8 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
    if (data.slidingWindow !== void 0) {
      if (!validate67(data.slidingWindow, { instancePath: instancePath + "/slidingWindow", parentData: data, parentDataProperty: "slidingWindow", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
        errors = vErrors.length;
      }
    }
    if (data.positionEmbeddings !== void 0) {
      let data10 = data.positionEmbeddings;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
        const err23 = { instancePath: instancePath + "/positionEmbeddings", schemaPath: "#/properties/positionEmbeddings/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.positionEmbeddings.type, parentSchema: schema21.properties.positionEmbeddings, data: data10 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (typeof data10 == "number" && isFinite(data10)) {
        if (data10 > 1099511627776 || isNaN(data10)) {
          const err24 = { instancePath: instancePath + "/positionEmbeddings", schemaPath: "#/properties/positionEmbeddings/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema21.properties.positionEmbeddings, data: data10 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data10 < 1 || isNaN(data10)) {
          const err25 = { instancePath: instancePath + "/positionEmbeddings", schemaPath: "#/properties/positionEmbeddings/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema21.properties.positionEmbeddings, data: data10 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.architecture === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "architecture" }, message: "must have required property 'architecture'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.maxContextTokens === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "maxContextTokens" }, message: "must have required property 'maxContextTokens'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "maxContextTokens" || key0 === "architecture")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 256) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema20.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.name.type, parentSchema: schema20.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.maxContextTokens !== void 0) {
      let data1 = data.maxContextTokens;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/maxContextTokens", schemaPath: "#/properties/maxContextTokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.maxContextTokens.type, parentSchema: schema20.properties.maxContextTokens, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1099511627776 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/maxContextTokens", schemaPath: "#/properties/maxContextTokens/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema20.properties.maxContextTokens, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err8 = { instancePath: instancePath + "/maxContextTokens", schemaPath: "#/properties/maxContextTokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema20.properties.maxContextTokens, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.architecture !== void 0) {
      if (!validate54(data.architecture, { instancePath: instancePath + "/architecture", parentData: data, parentDataProperty: "architecture", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema28 = { "title": "Policy", "description": "Targets the deployment must meet. Each overrides the repository's default from .llm-physics.yml.", "type": "object", "additionalProperties": false, "properties": { "maxTier": { "title": "Highest hardware tier", "description": "The largest hardware tier the model may need: consumer (below 24 GB at INT8), workstation (24 to 80 GB) or infrastructure (above 80 GB).", "type": "string", "enum": ["consumer", "workstation", "infrastructure"], "examples": ["workstation"] }, "minHeadroomPercent": { "title": "Minimum memory headroom", "description": "Percentage of usable GPU memory that must stay free at the configured load.", "type": "number", "minimum": 0, "maximum": 100, "default": 10, "examples": [10, 20] }, "maxBandwidthUtilizationPercent": { "title": "Maximum bandwidth utilization", "description": "Percentage of peak memory bandwidth the target decode speed may need.", "type": "number", "exclusiveMinimum": 0, "maximum": 100, "default": 80, "examples": [80, 90] } }, "examples": [{ "maxTier": "workstation", "minHeadroomPercent": 10, "maxBandwidthUtilizationPercent": 80 }] };
function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate71.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "maxTier" || key0 === "minHeadroomPercent" || key0 === "maxBandwidthUtilizationPercent")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.maxTier !== void 0) {
      let data0 = data.maxTier;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/maxTier", schemaPath: "#/properties/maxTier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.maxTier.type, parentSchema: schema28.properties.maxTier, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "consumer" || data0 === "workstation" || data0 === "infrastructure")) {
        const err2 = { instancePath: instancePath + "/maxTier", schemaPath: "#/properties/maxTier/enum", keyword: "enum", params: { allowedValues: schema28.properties.maxTier.enum }, message: "must be equal to one of the allowed values", schema: schema28.properties.maxTier.enum, parentSchema: schema28.properties.maxTier, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.minHeadroomPercent !== void 0) {
      let data1 = data.minHeadroomPercent;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 100 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/minHeadroomPercent", schemaPath: "#/properties/minHeadroomPercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema28.properties.minHeadroomPercent, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/minHeadroomPercent", schemaPath: "#/properties/minHeadroomPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema28.properties.minHeadroomPercent, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/minHeadroomPercent", schemaPath: "#/properties/minHeadroomPercent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema28.properties.minHeadroomPercent.type, parentSchema: schema28.properties.minHeadroomPercent, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.maxBandwidthUtilizationPercent !== void 0) {
      let data2 = data.maxBandwidthUtilizationPercent;
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 100 || isNaN(data2)) {
          const err6 = { instancePath: instancePath + "/maxBandwidthUtilizationPercent", schemaPath: "#/properties/maxBandwidthUtilizationPercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema28.properties.maxBandwidthUtilizationPercent, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data2 <= 0 || isNaN(data2)) {
          const err7 = { instancePath: instancePath + "/maxBandwidthUtilizationPercent", schemaPath: "#/properties/maxBandwidthUtilizationPercent/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema28.properties.maxBandwidthUtilizationPercent, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/maxBandwidthUtilizationPercent", schemaPath: "#/properties/maxBandwidthUtilizationPercent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema28.properties.maxBandwidthUtilizationPercent.type, parentSchema: schema28.properties.maxBandwidthUtilizationPercent, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate71.errors = vErrors;
  return errors === 0;
}
validate71.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.apiVersion.type, parentSchema: schema19.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("llm-physics/v1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "llm-physics/v1" }, message: "must be equal to constant", schema: "llm-physics/v1", parentSchema: schema19.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.kind.type, parentSchema: schema19.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("InferenceDeployment" !== data1) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "InferenceDeployment" }, message: "must be equal to constant", schema: "InferenceDeployment", parentSchema: schema19.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err9 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema19.properties.metadata.required, parentSchema: schema19.properties.metadata, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "name" || key1 === "labels" || key1 === "annotations")) {
            const err10 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.metadata, data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (func1(data3) > 63) {
              const err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema19.properties.metadata.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (func1(data3) < 1) {
              const err12 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.metadata.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (!pattern3.test(data3)) {
              const err13 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"', schema: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", parentSchema: schema19.properties.metadata.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.metadata.properties.name.type, parentSchema: schema19.properties.metadata.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data4 = data2.labels;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key2 in data4) {
              const _errs13 = errors;
              if (typeof key2 === "string") {
                if (func1(key2) > 253) {
                  const err15 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/propertyNames/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema19.properties.metadata.properties.labels.propertyNames, data: key2, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                if (func1(key2) < 1) {
                  const err16 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.metadata.properties.labels.propertyNames, data: key2, propertyName: key2 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.metadata.properties.labels.propertyNames.type, parentSchema: schema19.properties.metadata.properties.labels.propertyNames, data: key2, propertyName: key2 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              var valid2 = _errs13 === errors;
              if (!valid2) {
                const err18 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema19.properties.metadata.properties.labels.propertyNames, parentSchema: schema19.properties.metadata.properties.labels, data: data4 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            for (const key3 in data4) {
              let data5 = data4[key3];
              if (typeof data5 === "string") {
                if (func1(data5) > 1024) {
                  const err19 = { instancePath: instancePath + "/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema19.properties.metadata.properties.labels.additionalProperties, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/metadata/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema19.properties.metadata.properties.labels.additionalProperties, data: data5 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.metadata.properties.labels.type, parentSchema: schema19.properties.metadata.properties.labels, data: data4 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data2.annotations !== void 0) {
          let data6 = data2.annotations;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            for (const key4 in data6) {
              const _errs20 = errors;
              if (typeof key4 === "string") {
                if (func1(key4) > 253) {
                  const err22 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/propertyNames/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema19.properties.metadata.properties.annotations.propertyNames, data: key4, propertyName: key4 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                if (func1(key4) < 1) {
                  const err23 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.metadata.properties.annotations.propertyNames, data: key4, propertyName: key4 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.metadata.properties.annotations.propertyNames.type, parentSchema: schema19.properties.metadata.properties.annotations.propertyNames, data: key4, propertyName: key4 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              var valid4 = _errs20 === errors;
              if (!valid4) {
                const err25 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema19.properties.metadata.properties.annotations.propertyNames, parentSchema: schema19.properties.metadata.properties.annotations, data: data6 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            for (const key5 in data6) {
              let data7 = data6[key5];
              if (typeof data7 === "string") {
                if (func1(data7) > 65536) {
                  const err26 = { instancePath: instancePath + "/metadata/annotations/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters", schema: 65536, parentSchema: schema19.properties.metadata.properties.annotations.additionalProperties, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/metadata/annotations/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.metadata.properties.annotations.additionalProperties.type, parentSchema: schema19.properties.metadata.properties.annotations.additionalProperties, data: data7 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.metadata.properties.annotations.type, parentSchema: schema19.properties.metadata.properties.annotations, data: data6 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.metadata.type, parentSchema: schema19.properties.metadata, data: data2 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data8 = data.spec;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.model === void 0) {
          const err30 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema19.properties.spec.required, parentSchema: schema19.properties.spec, data: data8 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data8.hardware === void 0) {
          const err31 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "hardware" }, message: "must have required property 'hardware'", schema: schema19.properties.spec.required, parentSchema: schema19.properties.spec, data: data8 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        for (const key6 in data8) {
          if (!(key6 === "model" || key6 === "precision" || key6 === "kvCachePrecision" || key6 === "hardware" || key6 === "parallelism" || key6 === "serving" || key6 === "policy")) {
            const err32 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.spec, data: data8 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data8.model !== void 0) {
          let data9 = data8.model;
          const _errs29 = errors;
          let valid7 = false;
          let passing0 = null;
          const _errs30 = errors;
          if (typeof data9 === "string") {
            if (func1(data9) > 512) {
              const err33 = { instancePath: instancePath + "/spec/model", schemaPath: "#/properties/spec/properties/model/oneOf/0/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema19.properties.spec.properties.model.oneOf[0], data: data9 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (func1(data9) < 1) {
              const err34 = { instancePath: instancePath + "/spec/model", schemaPath: "#/properties/spec/properties/model/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.spec.properties.model.oneOf[0], data: data9 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = { instancePath: instancePath + "/spec/model", schemaPath: "#/properties/spec/properties/model/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.spec.properties.model.oneOf[0].type, parentSchema: schema19.properties.spec.properties.model.oneOf[0], data: data9 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          var _valid0 = _errs30 === errors;
          if (_valid0) {
            valid7 = true;
            passing0 = 0;
          }
          const _errs32 = errors;
          if (!validate53(data9, { instancePath: instancePath + "/spec/model", parentData: data8, parentDataProperty: "model", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs32 === errors;
          if (_valid0 && valid7) {
            valid7 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid7 = true;
              passing0 = 1;
            }
          }
          if (!valid7) {
            const err36 = { instancePath: instancePath + "/spec/model", schemaPath: "#/properties/spec/properties/model/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema19.properties.spec.properties.model.oneOf, parentSchema: schema19.properties.spec.properties.model, data: data9 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          } else {
            errors = _errs29;
            if (vErrors !== null) {
              if (_errs29) {
                vErrors.length = _errs29;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data8.precision !== void 0) {
          let data10 = data8.precision;
          if (typeof data10 !== "string") {
            const err37 = { instancePath: instancePath + "/spec/precision", schemaPath: "#/properties/spec/properties/precision/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.spec.properties.precision.type, parentSchema: schema19.properties.spec.properties.precision, data: data10 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (!(data10 === "int8" || data10 === "fp8" || data10 === "bf16" || data10 === "fp16" || data10 === "int4" || data10 === "fp4" || data10 === "fp32")) {
            const err38 = { instancePath: instancePath + "/spec/precision", schemaPath: "#/properties/spec/properties/precision/enum", keyword: "enum", params: { allowedValues: schema19.properties.spec.properties.precision.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.spec.properties.precision.enum, parentSchema: schema19.properties.spec.properties.precision, data: data10 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data8.kvCachePrecision !== void 0) {
          let data11 = data8.kvCachePrecision;
          if (typeof data11 !== "string") {
            const err39 = { instancePath: instancePath + "/spec/kvCachePrecision", schemaPath: "#/properties/spec/properties/kvCachePrecision/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.spec.properties.kvCachePrecision.type, parentSchema: schema19.properties.spec.properties.kvCachePrecision, data: data11 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (!(data11 === "bf16" || data11 === "fp16" || data11 === "fp8" || data11 === "fp32")) {
            const err40 = { instancePath: instancePath + "/spec/kvCachePrecision", schemaPath: "#/properties/spec/properties/kvCachePrecision/enum", keyword: "enum", params: { allowedValues: schema19.properties.spec.properties.kvCachePrecision.enum }, message: "must be equal to one of the allowed values", schema: schema19.properties.spec.properties.kvCachePrecision.enum, parentSchema: schema19.properties.spec.properties.kvCachePrecision, data: data11 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data8.hardware !== void 0) {
          let data12 = data8.hardware;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.gpu === void 0) {
              const err41 = { instancePath: instancePath + "/spec/hardware", schemaPath: "#/properties/spec/properties/hardware/required", keyword: "required", params: { missingProperty: "gpu" }, message: "must have required property 'gpu'", schema: schema19.properties.spec.properties.hardware.required, parentSchema: schema19.properties.spec.properties.hardware, data: data12 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data12.count === void 0) {
              const err42 = { instancePath: instancePath + "/spec/hardware", schemaPath: "#/properties/spec/properties/hardware/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'", schema: schema19.properties.spec.properties.hardware.required, parentSchema: schema19.properties.spec.properties.hardware, data: data12 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            for (const key7 in data12) {
              if (!(key7 === "gpu" || key7 === "count")) {
                const err43 = { instancePath: instancePath + "/spec/hardware", schemaPath: "#/properties/spec/properties/hardware/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.spec.properties.hardware, data: data12 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data12.gpu !== void 0) {
              let data13 = data12.gpu;
              if (typeof data13 === "string") {
                if (func1(data13) > 128) {
                  const err44 = { instancePath: instancePath + "/spec/hardware/gpu", schemaPath: "#/properties/spec/properties/hardware/properties/gpu/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema19.properties.spec.properties.hardware.properties.gpu, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                if (func1(data13) < 1) {
                  const err45 = { instancePath: instancePath + "/spec/hardware/gpu", schemaPath: "#/properties/spec/properties/hardware/properties/gpu/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.spec.properties.hardware.properties.gpu, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              } else {
                const err46 = { instancePath: instancePath + "/spec/hardware/gpu", schemaPath: "#/properties/spec/properties/hardware/properties/gpu/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.spec.properties.hardware.properties.gpu.type, parentSchema: schema19.properties.spec.properties.hardware.properties.gpu, data: data13 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data12.count !== void 0) {
              let data14 = data12.count;
              if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
                const err47 = { instancePath: instancePath + "/spec/hardware/count", schemaPath: "#/properties/spec/properties/hardware/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.spec.properties.hardware.properties.count.type, parentSchema: schema19.properties.spec.properties.hardware.properties.count, data: data14 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              if (typeof data14 == "number" && isFinite(data14)) {
                if (data14 > 4096 || isNaN(data14)) {
                  const err48 = { instancePath: instancePath + "/spec/hardware/count", schemaPath: "#/properties/spec/properties/hardware/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4096 }, message: "must be <= 4096", schema: 4096, parentSchema: schema19.properties.spec.properties.hardware.properties.count, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                if (data14 < 1 || isNaN(data14)) {
                  const err49 = { instancePath: instancePath + "/spec/hardware/count", schemaPath: "#/properties/spec/properties/hardware/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.spec.properties.hardware.properties.count, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/spec/hardware", schemaPath: "#/properties/spec/properties/hardware/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.spec.properties.hardware.type, parentSchema: schema19.properties.spec.properties.hardware, data: data12 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data8.parallelism !== void 0) {
          let data15 = data8.parallelism;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key8 in data15) {
              if (!(key8 === "tensor" || key8 === "pipeline")) {
                const err51 = { instancePath: instancePath + "/spec/parallelism", schemaPath: "#/properties/spec/properties/parallelism/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.spec.properties.parallelism, data: data15 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data15.tensor !== void 0) {
              let data16 = data15.tensor;
              if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
                const err52 = { instancePath: instancePath + "/spec/parallelism/tensor", schemaPath: "#/properties/spec/properties/parallelism/properties/tensor/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.spec.properties.parallelism.properties.tensor.type, parentSchema: schema19.properties.spec.properties.parallelism.properties.tensor, data: data16 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
              if (typeof data16 == "number" && isFinite(data16)) {
                if (data16 > 4096 || isNaN(data16)) {
                  const err53 = { instancePath: instancePath + "/spec/parallelism/tensor", schemaPath: "#/properties/spec/properties/parallelism/properties/tensor/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4096 }, message: "must be <= 4096", schema: 4096, parentSchema: schema19.properties.spec.properties.parallelism.properties.tensor, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                if (data16 < 1 || isNaN(data16)) {
                  const err54 = { instancePath: instancePath + "/spec/parallelism/tensor", schemaPath: "#/properties/spec/properties/parallelism/properties/tensor/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.spec.properties.parallelism.properties.tensor, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              }
            }
            if (data15.pipeline !== void 0) {
              let data17 = data15.pipeline;
              if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                const err55 = { instancePath: instancePath + "/spec/parallelism/pipeline", schemaPath: "#/properties/spec/properties/parallelism/properties/pipeline/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.spec.properties.parallelism.properties.pipeline.type, parentSchema: schema19.properties.spec.properties.parallelism.properties.pipeline, data: data17 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
              if (typeof data17 == "number" && isFinite(data17)) {
                if (data17 > 4096 || isNaN(data17)) {
                  const err56 = { instancePath: instancePath + "/spec/parallelism/pipeline", schemaPath: "#/properties/spec/properties/parallelism/properties/pipeline/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4096 }, message: "must be <= 4096", schema: 4096, parentSchema: schema19.properties.spec.properties.parallelism.properties.pipeline, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
                if (data17 < 1 || isNaN(data17)) {
                  const err57 = { instancePath: instancePath + "/spec/parallelism/pipeline", schemaPath: "#/properties/spec/properties/parallelism/properties/pipeline/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.spec.properties.parallelism.properties.pipeline, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err58 = { instancePath: instancePath + "/spec/parallelism", schemaPath: "#/properties/spec/properties/parallelism/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.spec.properties.parallelism.type, parentSchema: schema19.properties.spec.properties.parallelism, data: data15 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data8.serving !== void 0) {
          let data18 = data8.serving;
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key9 in data18) {
              if (!(key9 === "contextLength" || key9 === "concurrency" || key9 === "targetTokensPerSecond" || key9 === "memoryFraction")) {
                const err59 = { instancePath: instancePath + "/spec/serving", schemaPath: "#/properties/spec/properties/serving/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.spec.properties.serving, data: data18 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data18.contextLength !== void 0) {
              let data19 = data18.contextLength;
              if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                const err60 = { instancePath: instancePath + "/spec/serving/contextLength", schemaPath: "#/properties/spec/properties/serving/properties/contextLength/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.spec.properties.serving.properties.contextLength.type, parentSchema: schema19.properties.spec.properties.serving.properties.contextLength, data: data19 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 > 1e7 || isNaN(data19)) {
                  const err61 = { instancePath: instancePath + "/spec/serving/contextLength", schemaPath: "#/properties/spec/properties/serving/properties/contextLength/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e7 }, message: "must be <= 10000000", schema: 1e7, parentSchema: schema19.properties.spec.properties.serving.properties.contextLength, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                if (data19 < 1 || isNaN(data19)) {
                  const err62 = { instancePath: instancePath + "/spec/serving/contextLength", schemaPath: "#/properties/spec/properties/serving/properties/contextLength/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.spec.properties.serving.properties.contextLength, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              }
            }
            if (data18.concurrency !== void 0) {
              let data20 = data18.concurrency;
              if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
                const err63 = { instancePath: instancePath + "/spec/serving/concurrency", schemaPath: "#/properties/spec/properties/serving/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.spec.properties.serving.properties.concurrency.type, parentSchema: schema19.properties.spec.properties.serving.properties.concurrency, data: data20 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
              if (typeof data20 == "number" && isFinite(data20)) {
                if (data20 > 1e6 || isNaN(data20)) {
                  const err64 = { instancePath: instancePath + "/spec/serving/concurrency", schemaPath: "#/properties/spec/properties/serving/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema19.properties.spec.properties.serving.properties.concurrency, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                if (data20 < 1 || isNaN(data20)) {
                  const err65 = { instancePath: instancePath + "/spec/serving/concurrency", schemaPath: "#/properties/spec/properties/serving/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.spec.properties.serving.properties.concurrency, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              }
            }
            if (data18.targetTokensPerSecond !== void 0) {
              let data21 = data18.targetTokensPerSecond;
              if (typeof data21 == "number" && isFinite(data21)) {
                if (data21 > 1e6 || isNaN(data21)) {
                  const err66 = { instancePath: instancePath + "/spec/serving/targetTokensPerSecond", schemaPath: "#/properties/spec/properties/serving/properties/targetTokensPerSecond/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema19.properties.spec.properties.serving.properties.targetTokensPerSecond, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
                if (data21 <= 0 || isNaN(data21)) {
                  const err67 = { instancePath: instancePath + "/spec/serving/targetTokensPerSecond", schemaPath: "#/properties/spec/properties/serving/properties/targetTokensPerSecond/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema19.properties.spec.properties.serving.properties.targetTokensPerSecond, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              } else {
                const err68 = { instancePath: instancePath + "/spec/serving/targetTokensPerSecond", schemaPath: "#/properties/spec/properties/serving/properties/targetTokensPerSecond/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.spec.properties.serving.properties.targetTokensPerSecond.type, parentSchema: schema19.properties.spec.properties.serving.properties.targetTokensPerSecond, data: data21 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data18.memoryFraction !== void 0) {
              let data22 = data18.memoryFraction;
              if (typeof data22 == "number" && isFinite(data22)) {
                if (data22 > 1 || isNaN(data22)) {
                  const err69 = { instancePath: instancePath + "/spec/serving/memoryFraction", schemaPath: "#/properties/spec/properties/serving/properties/memoryFraction/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema19.properties.spec.properties.serving.properties.memoryFraction, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
                if (data22 <= 0 || isNaN(data22)) {
                  const err70 = { instancePath: instancePath + "/spec/serving/memoryFraction", schemaPath: "#/properties/spec/properties/serving/properties/memoryFraction/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema19.properties.spec.properties.serving.properties.memoryFraction, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              } else {
                const err71 = { instancePath: instancePath + "/spec/serving/memoryFraction", schemaPath: "#/properties/spec/properties/serving/properties/memoryFraction/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.spec.properties.serving.properties.memoryFraction.type, parentSchema: schema19.properties.spec.properties.serving.properties.memoryFraction, data: data22 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
          } else {
            const err72 = { instancePath: instancePath + "/spec/serving", schemaPath: "#/properties/spec/properties/serving/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.spec.properties.serving.type, parentSchema: schema19.properties.spec.properties.serving, data: data18 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data8.policy !== void 0) {
          if (!validate71(data8.policy, { instancePath: instancePath + "/spec/policy", parentData: data8, parentDataProperty: "policy", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err73 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.spec.type, parentSchema: schema19.properties.spec, data: data8 };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
  } else {
    const err74 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err74];
    } else {
      vErrors.push(err74);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v1 = validate73;
var schema29 = { "title": "Model id, alias or config.json path", "description": "A catalog id or alias, or a path to a Hugging Face config.json relative to this manifest.", "type": "string", "minLength": 1, "maxLength": 512, "examples": ["meta-llama/Llama-3.1-70B-Instruct", "llama-3.1-8b", "./models/my-model/config.json"] };
function validate73(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate73.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (func1(data) > 512) {
      const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (func1(data) < 1) {
      const err1 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.type, parentSchema: schema29, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate73.errors = vErrors;
  return errors === 0;
}
validate73.evaluated = { "dynamicProps": false, "dynamicItems": false };
var v2 = validate74;
function validate74(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate74.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.architecture === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "architecture" }, message: "must have required property 'architecture'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.maxContextTokens === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "maxContextTokens" }, message: "must have required property 'maxContextTokens'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "maxContextTokens" || key0 === "architecture")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 256) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema20.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.name.type, parentSchema: schema20.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.maxContextTokens !== void 0) {
      let data1 = data.maxContextTokens;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/maxContextTokens", schemaPath: "#/properties/maxContextTokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema20.properties.maxContextTokens.type, parentSchema: schema20.properties.maxContextTokens, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1099511627776 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/maxContextTokens", schemaPath: "#/properties/maxContextTokens/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema20.properties.maxContextTokens, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err8 = { instancePath: instancePath + "/maxContextTokens", schemaPath: "#/properties/maxContextTokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema20.properties.maxContextTokens, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.architecture !== void 0) {
      if (!validate54(data.architecture, { instancePath: instancePath + "/architecture", parentData: data, parentDataProperty: "architecture", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
validate74.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v3 = validate76;
function validate76(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate76.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema23.required, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.numHeads === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "numHeads" }, message: "must have required property 'numHeads'", schema: schema23.required, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.numKvHeads === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "numKvHeads" }, message: "must have required property 'numKvHeads'", schema: schema23.required, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.headDim === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "headDim" }, message: "must have required property 'headDim'", schema: schema23.required, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "numHeads" || key0 === "numKvHeads" || key0 === "headDim" || key0 === "qkvBias" || key0 === "outputBias" || key0 === "qkNorm" || key0 === "sinks")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (typeof data0 !== "string") {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.kind.type, parentSchema: schema23.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("standard" !== data0) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "standard" }, message: "must be equal to constant", schema: "standard", parentSchema: schema23.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.numHeads !== void 0) {
      let data1 = data.numHeads;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err7 = { instancePath: instancePath + "/numHeads", schemaPath: "#/properties/numHeads/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.numHeads.type, parentSchema: schema23.properties.numHeads, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1099511627776 || isNaN(data1)) {
          const err8 = { instancePath: instancePath + "/numHeads", schemaPath: "#/properties/numHeads/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema23.properties.numHeads, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err9 = { instancePath: instancePath + "/numHeads", schemaPath: "#/properties/numHeads/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema23.properties.numHeads, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.numKvHeads !== void 0) {
      let data2 = data.numKvHeads;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err10 = { instancePath: instancePath + "/numKvHeads", schemaPath: "#/properties/numKvHeads/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.numKvHeads.type, parentSchema: schema23.properties.numKvHeads, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 1099511627776 || isNaN(data2)) {
          const err11 = { instancePath: instancePath + "/numKvHeads", schemaPath: "#/properties/numKvHeads/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema23.properties.numKvHeads, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err12 = { instancePath: instancePath + "/numKvHeads", schemaPath: "#/properties/numKvHeads/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema23.properties.numKvHeads, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.headDim !== void 0) {
      let data3 = data.headDim;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err13 = { instancePath: instancePath + "/headDim", schemaPath: "#/properties/headDim/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema23.properties.headDim.type, parentSchema: schema23.properties.headDim, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 1099511627776 || isNaN(data3)) {
          const err14 = { instancePath: instancePath + "/headDim", schemaPath: "#/properties/headDim/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema23.properties.headDim, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err15 = { instancePath: instancePath + "/headDim", schemaPath: "#/properties/headDim/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema23.properties.headDim, data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.qkvBias !== void 0) {
      let data4 = data.qkvBias;
      if (typeof data4 !== "boolean") {
        const err16 = { instancePath: instancePath + "/qkvBias", schemaPath: "#/properties/qkvBias/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema23.properties.qkvBias.type, parentSchema: schema23.properties.qkvBias, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.outputBias !== void 0) {
      let data5 = data.outputBias;
      if (typeof data5 !== "boolean") {
        const err17 = { instancePath: instancePath + "/outputBias", schemaPath: "#/properties/outputBias/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema23.properties.outputBias.type, parentSchema: schema23.properties.outputBias, data: data5 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.qkNorm !== void 0) {
      let data6 = data.qkNorm;
      if (typeof data6 !== "boolean") {
        const err18 = { instancePath: instancePath + "/qkNorm", schemaPath: "#/properties/qkNorm/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema23.properties.qkNorm.type, parentSchema: schema23.properties.qkNorm, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.sinks !== void 0) {
      let data7 = data.sinks;
      if (typeof data7 !== "boolean") {
        const err19 = { instancePath: instancePath + "/sinks", schemaPath: "#/properties/sinks/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema23.properties.sinks.type, parentSchema: schema23.properties.sinks, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate76.errors = vErrors;
  return errors === 0;
}
validate76.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v4 = validate77;
function validate77(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate77.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.numHeads === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "numHeads" }, message: "must have required property 'numHeads'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.qLoraRank === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "qLoraRank" }, message: "must have required property 'qLoraRank'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.kvLoraRank === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kvLoraRank" }, message: "must have required property 'kvLoraRank'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.qkNopeHeadDim === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "qkNopeHeadDim" }, message: "must have required property 'qkNopeHeadDim'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.qkRopeHeadDim === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "qkRopeHeadDim" }, message: "must have required property 'qkRopeHeadDim'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.vHeadDim === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "vHeadDim" }, message: "must have required property 'vHeadDim'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "numHeads" || key0 === "qLoraRank" || key0 === "kvLoraRank" || key0 === "qkNopeHeadDim" || key0 === "qkRopeHeadDim" || key0 === "vHeadDim")) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (typeof data0 !== "string") {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.kind.type, parentSchema: schema24.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if ("mla" !== data0) {
        const err9 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "mla" }, message: "must be equal to constant", schema: "mla", parentSchema: schema24.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.numHeads !== void 0) {
      let data1 = data.numHeads;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err10 = { instancePath: instancePath + "/numHeads", schemaPath: "#/properties/numHeads/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema24.properties.numHeads.type, parentSchema: schema24.properties.numHeads, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1099511627776 || isNaN(data1)) {
          const err11 = { instancePath: instancePath + "/numHeads", schemaPath: "#/properties/numHeads/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema24.properties.numHeads, data: data1 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data1 < 1 || isNaN(data1)) {
          const err12 = { instancePath: instancePath + "/numHeads", schemaPath: "#/properties/numHeads/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24.properties.numHeads, data: data1 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.qLoraRank !== void 0) {
      let data2 = data.qLoraRank;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2)) && data2 !== null) {
        const err13 = { instancePath: instancePath + "/qLoraRank", schemaPath: "#/properties/qLoraRank/type", keyword: "type", params: { type: schema24.properties.qLoraRank.type }, message: "must be integer,null", schema: schema24.properties.qLoraRank.type, parentSchema: schema24.properties.qLoraRank, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 1099511627776 || isNaN(data2)) {
          const err14 = { instancePath: instancePath + "/qLoraRank", schemaPath: "#/properties/qLoraRank/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema24.properties.qLoraRank, data: data2 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err15 = { instancePath: instancePath + "/qLoraRank", schemaPath: "#/properties/qLoraRank/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24.properties.qLoraRank, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.kvLoraRank !== void 0) {
      let data3 = data.kvLoraRank;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err16 = { instancePath: instancePath + "/kvLoraRank", schemaPath: "#/properties/kvLoraRank/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema24.properties.kvLoraRank.type, parentSchema: schema24.properties.kvLoraRank, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 1099511627776 || isNaN(data3)) {
          const err17 = { instancePath: instancePath + "/kvLoraRank", schemaPath: "#/properties/kvLoraRank/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema24.properties.kvLoraRank, data: data3 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err18 = { instancePath: instancePath + "/kvLoraRank", schemaPath: "#/properties/kvLoraRank/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24.properties.kvLoraRank, data: data3 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.qkNopeHeadDim !== void 0) {
      let data4 = data.qkNopeHeadDim;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err19 = { instancePath: instancePath + "/qkNopeHeadDim", schemaPath: "#/properties/qkNopeHeadDim/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema24.properties.qkNopeHeadDim.type, parentSchema: schema24.properties.qkNopeHeadDim, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 1099511627776 || isNaN(data4)) {
          const err20 = { instancePath: instancePath + "/qkNopeHeadDim", schemaPath: "#/properties/qkNopeHeadDim/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema24.properties.qkNopeHeadDim, data: data4 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data4 < 1 || isNaN(data4)) {
          const err21 = { instancePath: instancePath + "/qkNopeHeadDim", schemaPath: "#/properties/qkNopeHeadDim/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24.properties.qkNopeHeadDim, data: data4 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    if (data.qkRopeHeadDim !== void 0) {
      let data5 = data.qkRopeHeadDim;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err22 = { instancePath: instancePath + "/qkRopeHeadDim", schemaPath: "#/properties/qkRopeHeadDim/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema24.properties.qkRopeHeadDim.type, parentSchema: schema24.properties.qkRopeHeadDim, data: data5 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 1099511627776 || isNaN(data5)) {
          const err23 = { instancePath: instancePath + "/qkRopeHeadDim", schemaPath: "#/properties/qkRopeHeadDim/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema24.properties.qkRopeHeadDim, data: data5 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data5 < 1 || isNaN(data5)) {
          const err24 = { instancePath: instancePath + "/qkRopeHeadDim", schemaPath: "#/properties/qkRopeHeadDim/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24.properties.qkRopeHeadDim, data: data5 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
    }
    if (data.vHeadDim !== void 0) {
      let data6 = data.vHeadDim;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err25 = { instancePath: instancePath + "/vHeadDim", schemaPath: "#/properties/vHeadDim/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema24.properties.vHeadDim.type, parentSchema: schema24.properties.vHeadDim, data: data6 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 > 1099511627776 || isNaN(data6)) {
          const err26 = { instancePath: instancePath + "/vHeadDim", schemaPath: "#/properties/vHeadDim/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema24.properties.vHeadDim, data: data6 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data6 < 1 || isNaN(data6)) {
          const err27 = { instancePath: instancePath + "/vHeadDim", schemaPath: "#/properties/vHeadDim/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24.properties.vHeadDim, data: data6 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate77.errors = vErrors;
  return errors === 0;
}
validate77.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v5 = validate78;
var schema33 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/llm-physics/llm-physics/v0/schemas/config.schema.json", "title": "llm-physics repository configuration", "description": "The repository configuration file `.llm-physics.yml`: which files are checked, how each rule reports, and the default policy targets of every deployment. Add `# yaml-language-server: $schema=https://raw.githubusercontent.com/llm-physics/llm-physics/v0/schemas/config.schema.json` at the top for completion and checking in editors.", "type": "object", "additionalProperties": false, "properties": { "include": { "title": "Included files", "description": "Glob patterns, relative to the repository root, of the manifests to check.", "type": "array", "maxItems": 1e3, "items": { "title": "Glob pattern", "type": "string", "minLength": 1, "maxLength": 1024, "examples": ["deploy/**/*.yaml"] }, "examples": [["deploy/**/*.yaml", "deploy/**/*.yml"]] }, "exclude": { "title": "Excluded files", "description": "Glob patterns of files never checked, even when included.", "type": "array", "maxItems": 1e3, "items": { "title": "Glob pattern", "type": "string", "minLength": 1, "maxLength": 1024, "examples": ["**/testdata/**"] }, "examples": [["**/testdata/**"]] }, "maxFileSizeBytes": { "title": "Largest file read", "description": "Files larger than this many bytes are skipped with a notice rather than parsed.", "type": "integer", "minimum": 1, "maximum": 1099511627776, "examples": [2e6] }, "rules": { "title": "Rule severities", "description": "Per rule id, the severity its findings are reported with, or off to silence it.", "type": "object", "propertyNames": { "title": "Rule id", "type": "string", "enum": ["yaml-syntax", "schema", "unknown-model", "unknown-gpu", "incomplete-deployment", "vram-exceeds-capacity", "headroom-below-minimum", "tier-above-target", "bandwidth-insufficient", "fp8-not-native", "tensor-parallel-invalid", "context-exceeds-model-max", "concurrency-exceeds-kv-capacity", "suppression-without-reason", "unused-suppression"] }, "additionalProperties": { "title": "Rule severity", "type": "string", "enum": ["off", "notice", "warning", "error"], "examples": ["warning", "off"] }, "examples": [{ "bandwidth-insufficient": "warning", "fp8-not-native": "off" }] }, "policy": { "$ref": "#/$defs/policy" }, "gpus": { "description": "Where manifests do not say which GPU a deployment runs on, say it here: the first entry whose conditions all match a deployment that declares no GPU type gives its GPU. `paths` matches the manifest's path (repository-relative globs), `nodeSelector` the node labels its pods select (every label must match); an entry with neither is the default. Each mapping used shows in the report as the source of the GPU.", "type": "array", "maxItems": 1e3, "items": { "type": "object", "additionalProperties": false, "required": ["gpu"], "properties": { "paths": { "description": "Globs of manifests (repository-relative), e.g. clusters/prod-l4/**.", "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "maxItems": 100, "items": { "type": "string", "minLength": 1 } }], "title": "Manifests it applies to", "examples": ["clusters/prod-l4/**"] }, "nodeSelector": { "description": "Node labels the deployment's pods select, all of which must match: e.g. cloud.google.com/gke-nodepool: gpu-pool-a100.", "type": "object", "minProperties": 1, "maxProperties": 50, "additionalProperties": { "type": "string" }, "title": "Node labels it applies to", "examples": [{ "cloud.google.com/gke-nodepool": "gpu-pool-a100" }] }, "gpu": { "description": "A catalog GPU id or alias (`llm-physics gpus`), or the id of a gpuTypes entry.", "type": "string", "minLength": 1, "maxLength": 200, "title": "The GPU", "examples": ["A100-80GB"] }, "count": { "description": "GPUs per replica when the manifest does not say.", "type": "integer", "minimum": 1, "maximum": 1024, "title": "GPUs per replica", "examples": [8] } } }, "title": "GPUs by path or node label", "examples": [[{ "paths": "clusters/prod-l4/**", "gpu": "L4" }, { "nodeSelector": { "cloud.google.com/gke-nodepool": "gpu-pool-a100" }, "gpu": "A100-80GB" }, { "gpu": "L40S" }]] }, "gpuTypes": { "description": "GPUs the catalog lacks, as the devices expose them. Each is checked like a catalog GPU and may be named by its id or aliases in manifests and in gpus.", "type": "array", "maxItems": 200, "items": { "type": "object", "additionalProperties": false, "required": ["id", "memoryMiB", "bandwidthGBPerSec", "bf16TFLOPS", "source"], "properties": { "id": { "type": "string", "minLength": 1, "maxLength": 100, "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "title": "Id", "examples": ["MI325X"], "description": "The id manifests and gpus: entries name it by." }, "name": { "type": "string", "maxLength": 200, "title": "Name", "examples": ["AMD Instinct MI325X"], "description": "The product name, for reports." }, "vendor": { "enum": ["nvidia", "amd", "apple", "intel", "google"], "title": "Vendor", "examples": ["amd"], "description": "Who makes it." }, "memoryMiB": { "description": "Device memory in MiB as the runtime reports it (nvidia-smi, rocm-smi): the figure the engine's memory fraction is taken of.", "type": "integer", "minimum": 1, "maximum": 1e8, "title": "Memory (MiB)", "examples": [262144] }, "bandwidthGBPerSec": { "description": "Peak memory bandwidth in GB/s (10^9 bytes per second).", "type": "number", "exclusiveMinimum": 0, "maximum": 1e6, "title": "Memory bandwidth (GB/s)", "examples": [6e3] }, "bf16TFLOPS": { "description": "Dense BF16 peak in TFLOPS (10^12 per second).", "type": "number", "exclusiveMinimum": 0, "maximum": 1e6, "title": "BF16 peak (TFLOPS)", "examples": [1307] }, "fp16TFLOPS": { "type": "number", "exclusiveMinimum": 0, "maximum": 1e6, "title": "FP16 peak (TFLOPS)", "examples": [1307], "description": "Dense FP16 peak in TFLOPS; BF16's when not given." }, "fp8TFLOPS": { "description": "Dense FP8 peak in TFLOPS; give it when the GPU runs FP8 natively.", "type": "number", "exclusiveMinimum": 0, "maximum": 1e6, "title": "FP8 peak (TFLOPS)", "examples": [2615] }, "int8TOPS": { "type": "number", "exclusiveMinimum": 0, "maximum": 1e6, "title": "INT8 peak (TOPS)", "examples": [2615], "description": "Dense INT8 peak in TOPS (10^12 operations per second)." }, "interconnect": { "type": "string", "maxLength": 100, "title": "Interconnect", "examples": ["Infinity Fabric"], "description": "NVLink, Infinity Fabric, PCIe: how the GPUs of a node talk." }, "aliases": { "type": "array", "maxItems": 50, "items": { "type": "string", "minLength": 1, "maxLength": 200 }, "title": "Other names", "examples": [["AMD-Instinct-MI325X"]], "description": "Names manifests use for it: node label values, cloud accelerator names." }, "source": { "description": "Where the figures come from.", "type": "string", "minLength": 1, "maxLength": 1e3, "title": "Source", "examples": ["AMD MI325X data sheet"] } } }, "title": "GPUs the catalog lacks", "examples": [[{ "id": "MI325X", "name": "AMD Instinct MI325X", "vendor": "amd", "memoryMiB": 262144, "bandwidthGBPerSec": 6e3, "bf16TFLOPS": 1307, "fp8TFLOPS": 2615, "aliases": ["AMD-Instinct-MI325X"], "source": "AMD MI325X data sheet; rocm-smi on our nodes" }]] } }, "examples": [{ "include": ["deploy/**/*.yaml"], "exclude": ["**/testdata/**"], "rules": { "bandwidth-insufficient": "warning" }, "policy": { "maxTier": "workstation", "minHeadroomPercent": 10, "maxBandwidthUtilizationPercent": 80 } }], "$defs": { "policy": { "title": "Policy", "description": "Default targets for every deployment; a manifest's spec.policy overrides them one by one.", "type": "object", "additionalProperties": false, "properties": { "maxTier": { "title": "Highest hardware tier", "description": "The largest hardware tier the model may need: consumer (below 24 GB at INT8), workstation (24 to 80 GB) or infrastructure (above 80 GB).", "type": "string", "enum": ["consumer", "workstation", "infrastructure"], "examples": ["workstation"] }, "minHeadroomPercent": { "title": "Minimum memory headroom", "description": "Percentage of usable GPU memory that must stay free at the configured load.", "type": "number", "minimum": 0, "maximum": 100, "default": 10, "examples": [10, 20] }, "maxBandwidthUtilizationPercent": { "title": "Maximum bandwidth utilization", "description": "Percentage of peak memory bandwidth the target decode speed may need.", "type": "number", "exclusiveMinimum": 0, "maximum": 100, "default": 80, "examples": [80, 90] } }, "examples": [{ "maxTier": "workstation", "minHeadroomPercent": 10, "maxBandwidthUtilizationPercent": 80 }] } } };
var schema34 = { "title": "Policy", "description": "Default targets for every deployment; a manifest's spec.policy overrides them one by one.", "type": "object", "additionalProperties": false, "properties": { "maxTier": { "title": "Highest hardware tier", "description": "The largest hardware tier the model may need: consumer (below 24 GB at INT8), workstation (24 to 80 GB) or infrastructure (above 80 GB).", "type": "string", "enum": ["consumer", "workstation", "infrastructure"], "examples": ["workstation"] }, "minHeadroomPercent": { "title": "Minimum memory headroom", "description": "Percentage of usable GPU memory that must stay free at the configured load.", "type": "number", "minimum": 0, "maximum": 100, "default": 10, "examples": [10, 20] }, "maxBandwidthUtilizationPercent": { "title": "Maximum bandwidth utilization", "description": "Percentage of peak memory bandwidth the target decode speed may need.", "type": "number", "exclusiveMinimum": 0, "maximum": 100, "default": 80, "examples": [80, 90] } }, "examples": [{ "maxTier": "workstation", "minHeadroomPercent": 10, "maxBandwidthUtilizationPercent": 80 }] };
function validate79(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate79.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "maxTier" || key0 === "minHeadroomPercent" || key0 === "maxBandwidthUtilizationPercent")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.maxTier !== void 0) {
      let data0 = data.maxTier;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/maxTier", schemaPath: "#/properties/maxTier/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.maxTier.type, parentSchema: schema34.properties.maxTier, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "consumer" || data0 === "workstation" || data0 === "infrastructure")) {
        const err2 = { instancePath: instancePath + "/maxTier", schemaPath: "#/properties/maxTier/enum", keyword: "enum", params: { allowedValues: schema34.properties.maxTier.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.maxTier.enum, parentSchema: schema34.properties.maxTier, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.minHeadroomPercent !== void 0) {
      let data1 = data.minHeadroomPercent;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 100 || isNaN(data1)) {
          const err3 = { instancePath: instancePath + "/minHeadroomPercent", schemaPath: "#/properties/minHeadroomPercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema34.properties.minHeadroomPercent, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/minHeadroomPercent", schemaPath: "#/properties/minHeadroomPercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.minHeadroomPercent, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/minHeadroomPercent", schemaPath: "#/properties/minHeadroomPercent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.minHeadroomPercent.type, parentSchema: schema34.properties.minHeadroomPercent, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.maxBandwidthUtilizationPercent !== void 0) {
      let data2 = data.maxBandwidthUtilizationPercent;
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 100 || isNaN(data2)) {
          const err6 = { instancePath: instancePath + "/maxBandwidthUtilizationPercent", schemaPath: "#/properties/maxBandwidthUtilizationPercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema34.properties.maxBandwidthUtilizationPercent, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data2 <= 0 || isNaN(data2)) {
          const err7 = { instancePath: instancePath + "/maxBandwidthUtilizationPercent", schemaPath: "#/properties/maxBandwidthUtilizationPercent/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema34.properties.maxBandwidthUtilizationPercent, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/maxBandwidthUtilizationPercent", schemaPath: "#/properties/maxBandwidthUtilizationPercent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.maxBandwidthUtilizationPercent.type, parentSchema: schema34.properties.maxBandwidthUtilizationPercent, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate79.errors = vErrors;
  return errors === 0;
}
validate79.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
function validate78(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate78.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "include" || key0 === "exclude" || key0 === "maxFileSizeBytes" || key0 === "rules" || key0 === "policy" || key0 === "gpus" || key0 === "gpuTypes")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data0 = data.include;
      if (Array.isArray(data0)) {
        if (data0.length > 1e3) {
          const err1 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema33.properties.include, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func1(data1) > 1024) {
              const err2 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema33.properties.include.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (func1(data1) < 1) {
              const err3 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.include.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.include.items.type, parentSchema: schema33.properties.include.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.include.type, parentSchema: schema33.properties.include, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data2 = data.exclude;
      if (Array.isArray(data2)) {
        if (data2.length > 1e3) {
          const err6 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema33.properties.exclude, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (func1(data3) > 1024) {
              const err7 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema33.properties.exclude.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (func1(data3) < 1) {
              const err8 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.exclude.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.exclude.items.type, parentSchema: schema33.properties.exclude.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.exclude.type, parentSchema: schema33.properties.exclude, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.maxFileSizeBytes !== void 0) {
      let data4 = data.maxFileSizeBytes;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err11 = { instancePath: instancePath + "/maxFileSizeBytes", schemaPath: "#/properties/maxFileSizeBytes/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema33.properties.maxFileSizeBytes.type, parentSchema: schema33.properties.maxFileSizeBytes, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 1099511627776 || isNaN(data4)) {
          const err12 = { instancePath: instancePath + "/maxFileSizeBytes", schemaPath: "#/properties/maxFileSizeBytes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1099511627776 }, message: "must be <= 1099511627776", schema: 1099511627776, parentSchema: schema33.properties.maxFileSizeBytes, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data4 < 1 || isNaN(data4)) {
          const err13 = { instancePath: instancePath + "/maxFileSizeBytes", schemaPath: "#/properties/maxFileSizeBytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema33.properties.maxFileSizeBytes, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.rules !== void 0) {
      let data5 = data.rules;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          const _errs14 = errors;
          if (typeof key1 !== "string") {
            const err14 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.rules.propertyNames.type, parentSchema: schema33.properties.rules.propertyNames, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (!(key1 === "yaml-syntax" || key1 === "schema" || key1 === "unknown-model" || key1 === "unknown-gpu" || key1 === "incomplete-deployment" || key1 === "vram-exceeds-capacity" || key1 === "headroom-below-minimum" || key1 === "tier-above-target" || key1 === "bandwidth-insufficient" || key1 === "fp8-not-native" || key1 === "tensor-parallel-invalid" || key1 === "context-exceeds-model-max" || key1 === "concurrency-exceeds-kv-capacity" || key1 === "suppression-without-reason" || key1 === "unused-suppression")) {
            const err15 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/enum", keyword: "enum", params: { allowedValues: schema33.properties.rules.propertyNames.enum }, message: "must be equal to one of the allowed values", schema: schema33.properties.rules.propertyNames.enum, parentSchema: schema33.properties.rules.propertyNames, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          var valid5 = _errs14 === errors;
          if (!valid5) {
            const err16 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema33.properties.rules.propertyNames, parentSchema: schema33.properties.rules, data: data5 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        for (const key2 in data5) {
          let data6 = data5[key2];
          if (typeof data6 !== "string") {
            const err17 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.rules.additionalProperties.type, parentSchema: schema33.properties.rules.additionalProperties, data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (!(data6 === "off" || data6 === "notice" || data6 === "warning" || data6 === "error")) {
            const err18 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema33.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema33.properties.rules.additionalProperties.enum, parentSchema: schema33.properties.rules.additionalProperties, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.rules.type, parentSchema: schema33.properties.rules, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.policy !== void 0) {
      if (!validate79(data.policy, { instancePath: instancePath + "/policy", parentData: data, parentDataProperty: "policy", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
        errors = vErrors.length;
      }
    }
    if (data.gpus !== void 0) {
      let data8 = data.gpus;
      if (Array.isArray(data8)) {
        if (data8.length > 1e3) {
          const err20 = { instancePath: instancePath + "/gpus", schemaPath: "#/properties/gpus/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema33.properties.gpus, data: data8 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        const len2 = data8.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data9 = data8[i2];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.gpu === void 0) {
              const err21 = { instancePath: instancePath + "/gpus/" + i2, schemaPath: "#/properties/gpus/items/required", keyword: "required", params: { missingProperty: "gpu" }, message: "must have required property 'gpu'", schema: schema33.properties.gpus.items.required, parentSchema: schema33.properties.gpus.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            for (const key3 in data9) {
              if (!(key3 === "paths" || key3 === "nodeSelector" || key3 === "gpu" || key3 === "count")) {
                const err22 = { instancePath: instancePath + "/gpus/" + i2, schemaPath: "#/properties/gpus/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33.properties.gpus.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data9.paths !== void 0) {
              let data10 = data9.paths;
              const _errs26 = errors;
              let valid10 = false;
              const _errs27 = errors;
              if (typeof data10 === "string") {
                if (func1(data10) < 1) {
                  const err23 = { instancePath: instancePath + "/gpus/" + i2 + "/paths", schemaPath: "#/properties/gpus/items/properties/paths/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.gpus.items.properties.paths.anyOf[0], data: data10 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/gpus/" + i2 + "/paths", schemaPath: "#/properties/gpus/items/properties/paths/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.gpus.items.properties.paths.anyOf[0].type, parentSchema: schema33.properties.gpus.items.properties.paths.anyOf[0], data: data10 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              var _valid0 = _errs27 === errors;
              valid10 = valid10 || _valid0;
              const _errs29 = errors;
              if (Array.isArray(data10)) {
                if (data10.length > 100) {
                  const err25 = { instancePath: instancePath + "/gpus/" + i2 + "/paths", schemaPath: "#/properties/gpus/items/properties/paths/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema33.properties.gpus.items.properties.paths.anyOf[1], data: data10 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (data10.length < 1) {
                  const err26 = { instancePath: instancePath + "/gpus/" + i2 + "/paths", schemaPath: "#/properties/gpus/items/properties/paths/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema33.properties.gpus.items.properties.paths.anyOf[1], data: data10 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                const len3 = data10.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data11 = data10[i3];
                  if (typeof data11 === "string") {
                    if (func1(data11) < 1) {
                      const err27 = { instancePath: instancePath + "/gpus/" + i2 + "/paths/" + i3, schemaPath: "#/properties/gpus/items/properties/paths/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.gpus.items.properties.paths.anyOf[1].items, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                  } else {
                    const err28 = { instancePath: instancePath + "/gpus/" + i2 + "/paths/" + i3, schemaPath: "#/properties/gpus/items/properties/paths/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.gpus.items.properties.paths.anyOf[1].items.type, parentSchema: schema33.properties.gpus.items.properties.paths.anyOf[1].items, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
              } else {
                const err29 = { instancePath: instancePath + "/gpus/" + i2 + "/paths", schemaPath: "#/properties/gpus/items/properties/paths/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.gpus.items.properties.paths.anyOf[1].type, parentSchema: schema33.properties.gpus.items.properties.paths.anyOf[1], data: data10 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              var _valid0 = _errs29 === errors;
              valid10 = valid10 || _valid0;
              if (!valid10) {
                const err30 = { instancePath: instancePath + "/gpus/" + i2 + "/paths", schemaPath: "#/properties/gpus/items/properties/paths/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema33.properties.gpus.items.properties.paths.anyOf, parentSchema: schema33.properties.gpus.items.properties.paths, data: data10 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              } else {
                errors = _errs26;
                if (vErrors !== null) {
                  if (_errs26) {
                    vErrors.length = _errs26;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data9.nodeSelector !== void 0) {
              let data12 = data9.nodeSelector;
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (Object.keys(data12).length > 50) {
                  const err31 = { instancePath: instancePath + "/gpus/" + i2 + "/nodeSelector", schemaPath: "#/properties/gpus/items/properties/nodeSelector/maxProperties", keyword: "maxProperties", params: { limit: 50 }, message: "must NOT have more than 50 properties", schema: 50, parentSchema: schema33.properties.gpus.items.properties.nodeSelector, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                if (Object.keys(data12).length < 1) {
                  const err32 = { instancePath: instancePath + "/gpus/" + i2 + "/nodeSelector", schemaPath: "#/properties/gpus/items/properties/nodeSelector/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema33.properties.gpus.items.properties.nodeSelector, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                for (const key4 in data12) {
                  let data13 = data12[key4];
                  if (typeof data13 !== "string") {
                    const err33 = { instancePath: instancePath + "/gpus/" + i2 + "/nodeSelector/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/gpus/items/properties/nodeSelector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.gpus.items.properties.nodeSelector.additionalProperties.type, parentSchema: schema33.properties.gpus.items.properties.nodeSelector.additionalProperties, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
              } else {
                const err34 = { instancePath: instancePath + "/gpus/" + i2 + "/nodeSelector", schemaPath: "#/properties/gpus/items/properties/nodeSelector/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.gpus.items.properties.nodeSelector.type, parentSchema: schema33.properties.gpus.items.properties.nodeSelector, data: data12 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data9.gpu !== void 0) {
              let data14 = data9.gpu;
              if (typeof data14 === "string") {
                if (func1(data14) > 200) {
                  const err35 = { instancePath: instancePath + "/gpus/" + i2 + "/gpu", schemaPath: "#/properties/gpus/items/properties/gpu/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema33.properties.gpus.items.properties.gpu, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                if (func1(data14) < 1) {
                  const err36 = { instancePath: instancePath + "/gpus/" + i2 + "/gpu", schemaPath: "#/properties/gpus/items/properties/gpu/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.gpus.items.properties.gpu, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = { instancePath: instancePath + "/gpus/" + i2 + "/gpu", schemaPath: "#/properties/gpus/items/properties/gpu/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.gpus.items.properties.gpu.type, parentSchema: schema33.properties.gpus.items.properties.gpu, data: data14 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data9.count !== void 0) {
              let data15 = data9.count;
              if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                const err38 = { instancePath: instancePath + "/gpus/" + i2 + "/count", schemaPath: "#/properties/gpus/items/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema33.properties.gpus.items.properties.count.type, parentSchema: schema33.properties.gpus.items.properties.count, data: data15 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              if (typeof data15 == "number" && isFinite(data15)) {
                if (data15 > 1024 || isNaN(data15)) {
                  const err39 = { instancePath: instancePath + "/gpus/" + i2 + "/count", schemaPath: "#/properties/gpus/items/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1024 }, message: "must be <= 1024", schema: 1024, parentSchema: schema33.properties.gpus.items.properties.count, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                if (data15 < 1 || isNaN(data15)) {
                  const err40 = { instancePath: instancePath + "/gpus/" + i2 + "/count", schemaPath: "#/properties/gpus/items/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema33.properties.gpus.items.properties.count, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/gpus/" + i2, schemaPath: "#/properties/gpus/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.gpus.items.type, parentSchema: schema33.properties.gpus.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/gpus", schemaPath: "#/properties/gpus/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.gpus.type, parentSchema: schema33.properties.gpus, data: data8 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.gpuTypes !== void 0) {
      let data16 = data.gpuTypes;
      if (Array.isArray(data16)) {
        if (data16.length > 200) {
          const err43 = { instancePath: instancePath + "/gpuTypes", schemaPath: "#/properties/gpuTypes/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema33.properties.gpuTypes, data: data16 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        const len4 = data16.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data17 = data16[i4];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.id === void 0) {
              const err44 = { instancePath: instancePath + "/gpuTypes/" + i4, schemaPath: "#/properties/gpuTypes/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema33.properties.gpuTypes.items.required, parentSchema: schema33.properties.gpuTypes.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data17.memoryMiB === void 0) {
              const err45 = { instancePath: instancePath + "/gpuTypes/" + i4, schemaPath: "#/properties/gpuTypes/items/required", keyword: "required", params: { missingProperty: "memoryMiB" }, message: "must have required property 'memoryMiB'", schema: schema33.properties.gpuTypes.items.required, parentSchema: schema33.properties.gpuTypes.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (data17.bandwidthGBPerSec === void 0) {
              const err46 = { instancePath: instancePath + "/gpuTypes/" + i4, schemaPath: "#/properties/gpuTypes/items/required", keyword: "required", params: { missingProperty: "bandwidthGBPerSec" }, message: "must have required property 'bandwidthGBPerSec'", schema: schema33.properties.gpuTypes.items.required, parentSchema: schema33.properties.gpuTypes.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data17.bf16TFLOPS === void 0) {
              const err47 = { instancePath: instancePath + "/gpuTypes/" + i4, schemaPath: "#/properties/gpuTypes/items/required", keyword: "required", params: { missingProperty: "bf16TFLOPS" }, message: "must have required property 'bf16TFLOPS'", schema: schema33.properties.gpuTypes.items.required, parentSchema: schema33.properties.gpuTypes.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (data17.source === void 0) {
              const err48 = { instancePath: instancePath + "/gpuTypes/" + i4, schemaPath: "#/properties/gpuTypes/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema33.properties.gpuTypes.items.required, parentSchema: schema33.properties.gpuTypes.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
            for (const key5 in data17) {
              if (!func13.call(schema33.properties.gpuTypes.items.properties, key5)) {
                const err49 = { instancePath: instancePath + "/gpuTypes/" + i4, schemaPath: "#/properties/gpuTypes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33.properties.gpuTypes.items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data17.id !== void 0) {
              let data18 = data17.id;
              if (typeof data18 === "string") {
                if (func1(data18) > 100) {
                  const err50 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/id", schemaPath: "#/properties/gpuTypes/items/properties/id/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema33.properties.gpuTypes.items.properties.id, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
                if (func1(data18) < 1) {
                  const err51 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/id", schemaPath: "#/properties/gpuTypes/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.gpuTypes.items.properties.id, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                if (!pattern4.test(data18)) {
                  const err52 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/id", schemaPath: "#/properties/gpuTypes/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema33.properties.gpuTypes.items.properties.id, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              } else {
                const err53 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/id", schemaPath: "#/properties/gpuTypes/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.gpuTypes.items.properties.id.type, parentSchema: schema33.properties.gpuTypes.items.properties.id, data: data18 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data17.name !== void 0) {
              let data19 = data17.name;
              if (typeof data19 === "string") {
                if (func1(data19) > 200) {
                  const err54 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/name", schemaPath: "#/properties/gpuTypes/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema33.properties.gpuTypes.items.properties.name, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              } else {
                const err55 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/name", schemaPath: "#/properties/gpuTypes/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.gpuTypes.items.properties.name.type, parentSchema: schema33.properties.gpuTypes.items.properties.name, data: data19 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data17.vendor !== void 0) {
              let data20 = data17.vendor;
              if (!(data20 === "nvidia" || data20 === "amd" || data20 === "apple" || data20 === "intel" || data20 === "google")) {
                const err56 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/vendor", schemaPath: "#/properties/gpuTypes/items/properties/vendor/enum", keyword: "enum", params: { allowedValues: schema33.properties.gpuTypes.items.properties.vendor.enum }, message: "must be equal to one of the allowed values", schema: schema33.properties.gpuTypes.items.properties.vendor.enum, parentSchema: schema33.properties.gpuTypes.items.properties.vendor, data: data20 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data17.memoryMiB !== void 0) {
              let data21 = data17.memoryMiB;
              if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                const err57 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/memoryMiB", schemaPath: "#/properties/gpuTypes/items/properties/memoryMiB/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema33.properties.gpuTypes.items.properties.memoryMiB.type, parentSchema: schema33.properties.gpuTypes.items.properties.memoryMiB, data: data21 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
              if (typeof data21 == "number" && isFinite(data21)) {
                if (data21 > 1e8 || isNaN(data21)) {
                  const err58 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/memoryMiB", schemaPath: "#/properties/gpuTypes/items/properties/memoryMiB/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e8 }, message: "must be <= 100000000", schema: 1e8, parentSchema: schema33.properties.gpuTypes.items.properties.memoryMiB, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
                if (data21 < 1 || isNaN(data21)) {
                  const err59 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/memoryMiB", schemaPath: "#/properties/gpuTypes/items/properties/memoryMiB/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema33.properties.gpuTypes.items.properties.memoryMiB, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              }
            }
            if (data17.bandwidthGBPerSec !== void 0) {
              let data22 = data17.bandwidthGBPerSec;
              if (typeof data22 == "number" && isFinite(data22)) {
                if (data22 > 1e6 || isNaN(data22)) {
                  const err60 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/bandwidthGBPerSec", schemaPath: "#/properties/gpuTypes/items/properties/bandwidthGBPerSec/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema33.properties.gpuTypes.items.properties.bandwidthGBPerSec, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                if (data22 <= 0 || isNaN(data22)) {
                  const err61 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/bandwidthGBPerSec", schemaPath: "#/properties/gpuTypes/items/properties/bandwidthGBPerSec/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema33.properties.gpuTypes.items.properties.bandwidthGBPerSec, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              } else {
                const err62 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/bandwidthGBPerSec", schemaPath: "#/properties/gpuTypes/items/properties/bandwidthGBPerSec/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema33.properties.gpuTypes.items.properties.bandwidthGBPerSec.type, parentSchema: schema33.properties.gpuTypes.items.properties.bandwidthGBPerSec, data: data22 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data17.bf16TFLOPS !== void 0) {
              let data23 = data17.bf16TFLOPS;
              if (typeof data23 == "number" && isFinite(data23)) {
                if (data23 > 1e6 || isNaN(data23)) {
                  const err63 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/bf16TFLOPS", schemaPath: "#/properties/gpuTypes/items/properties/bf16TFLOPS/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema33.properties.gpuTypes.items.properties.bf16TFLOPS, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
                if (data23 <= 0 || isNaN(data23)) {
                  const err64 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/bf16TFLOPS", schemaPath: "#/properties/gpuTypes/items/properties/bf16TFLOPS/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema33.properties.gpuTypes.items.properties.bf16TFLOPS, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              } else {
                const err65 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/bf16TFLOPS", schemaPath: "#/properties/gpuTypes/items/properties/bf16TFLOPS/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema33.properties.gpuTypes.items.properties.bf16TFLOPS.type, parentSchema: schema33.properties.gpuTypes.items.properties.bf16TFLOPS, data: data23 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data17.fp16TFLOPS !== void 0) {
              let data24 = data17.fp16TFLOPS;
              if (typeof data24 == "number" && isFinite(data24)) {
                if (data24 > 1e6 || isNaN(data24)) {
                  const err66 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/fp16TFLOPS", schemaPath: "#/properties/gpuTypes/items/properties/fp16TFLOPS/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema33.properties.gpuTypes.items.properties.fp16TFLOPS, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
                if (data24 <= 0 || isNaN(data24)) {
                  const err67 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/fp16TFLOPS", schemaPath: "#/properties/gpuTypes/items/properties/fp16TFLOPS/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema33.properties.gpuTypes.items.properties.fp16TFLOPS, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
              } else {
                const err68 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/fp16TFLOPS", schemaPath: "#/properties/gpuTypes/items/properties/fp16TFLOPS/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema33.properties.gpuTypes.items.properties.fp16TFLOPS.type, parentSchema: schema33.properties.gpuTypes.items.properties.fp16TFLOPS, data: data24 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            }
            if (data17.fp8TFLOPS !== void 0) {
              let data25 = data17.fp8TFLOPS;
              if (typeof data25 == "number" && isFinite(data25)) {
                if (data25 > 1e6 || isNaN(data25)) {
                  const err69 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/fp8TFLOPS", schemaPath: "#/properties/gpuTypes/items/properties/fp8TFLOPS/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema33.properties.gpuTypes.items.properties.fp8TFLOPS, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
                if (data25 <= 0 || isNaN(data25)) {
                  const err70 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/fp8TFLOPS", schemaPath: "#/properties/gpuTypes/items/properties/fp8TFLOPS/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema33.properties.gpuTypes.items.properties.fp8TFLOPS, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err70];
                  } else {
                    vErrors.push(err70);
                  }
                  errors++;
                }
              } else {
                const err71 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/fp8TFLOPS", schemaPath: "#/properties/gpuTypes/items/properties/fp8TFLOPS/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema33.properties.gpuTypes.items.properties.fp8TFLOPS.type, parentSchema: schema33.properties.gpuTypes.items.properties.fp8TFLOPS, data: data25 };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
            if (data17.int8TOPS !== void 0) {
              let data26 = data17.int8TOPS;
              if (typeof data26 == "number" && isFinite(data26)) {
                if (data26 > 1e6 || isNaN(data26)) {
                  const err72 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/int8TOPS", schemaPath: "#/properties/gpuTypes/items/properties/int8TOPS/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema33.properties.gpuTypes.items.properties.int8TOPS, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
                if (data26 <= 0 || isNaN(data26)) {
                  const err73 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/int8TOPS", schemaPath: "#/properties/gpuTypes/items/properties/int8TOPS/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema33.properties.gpuTypes.items.properties.int8TOPS, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err73];
                  } else {
                    vErrors.push(err73);
                  }
                  errors++;
                }
              } else {
                const err74 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/int8TOPS", schemaPath: "#/properties/gpuTypes/items/properties/int8TOPS/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema33.properties.gpuTypes.items.properties.int8TOPS.type, parentSchema: schema33.properties.gpuTypes.items.properties.int8TOPS, data: data26 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
            if (data17.interconnect !== void 0) {
              let data27 = data17.interconnect;
              if (typeof data27 === "string") {
                if (func1(data27) > 100) {
                  const err75 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/interconnect", schemaPath: "#/properties/gpuTypes/items/properties/interconnect/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema33.properties.gpuTypes.items.properties.interconnect, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
              } else {
                const err76 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/interconnect", schemaPath: "#/properties/gpuTypes/items/properties/interconnect/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.gpuTypes.items.properties.interconnect.type, parentSchema: schema33.properties.gpuTypes.items.properties.interconnect, data: data27 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
            if (data17.aliases !== void 0) {
              let data28 = data17.aliases;
              if (Array.isArray(data28)) {
                if (data28.length > 50) {
                  const err77 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/aliases", schemaPath: "#/properties/gpuTypes/items/properties/aliases/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema33.properties.gpuTypes.items.properties.aliases, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
                const len5 = data28.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data29 = data28[i5];
                  if (typeof data29 === "string") {
                    if (func1(data29) > 200) {
                      const err78 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/aliases/" + i5, schemaPath: "#/properties/gpuTypes/items/properties/aliases/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema33.properties.gpuTypes.items.properties.aliases.items, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err78];
                      } else {
                        vErrors.push(err78);
                      }
                      errors++;
                    }
                    if (func1(data29) < 1) {
                      const err79 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/aliases/" + i5, schemaPath: "#/properties/gpuTypes/items/properties/aliases/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.gpuTypes.items.properties.aliases.items, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                    }
                  } else {
                    const err80 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/aliases/" + i5, schemaPath: "#/properties/gpuTypes/items/properties/aliases/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.gpuTypes.items.properties.aliases.items.type, parentSchema: schema33.properties.gpuTypes.items.properties.aliases.items, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err80];
                    } else {
                      vErrors.push(err80);
                    }
                    errors++;
                  }
                }
              } else {
                const err81 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/aliases", schemaPath: "#/properties/gpuTypes/items/properties/aliases/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.gpuTypes.items.properties.aliases.type, parentSchema: schema33.properties.gpuTypes.items.properties.aliases, data: data28 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
            }
            if (data17.source !== void 0) {
              let data30 = data17.source;
              if (typeof data30 === "string") {
                if (func1(data30) > 1e3) {
                  const err82 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/source", schemaPath: "#/properties/gpuTypes/items/properties/source/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema33.properties.gpuTypes.items.properties.source, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
                if (func1(data30) < 1) {
                  const err83 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/source", schemaPath: "#/properties/gpuTypes/items/properties/source/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.properties.gpuTypes.items.properties.source, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              } else {
                const err84 = { instancePath: instancePath + "/gpuTypes/" + i4 + "/source", schemaPath: "#/properties/gpuTypes/items/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.gpuTypes.items.properties.source.type, parentSchema: schema33.properties.gpuTypes.items.properties.source, data: data30 };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
          } else {
            const err85 = { instancePath: instancePath + "/gpuTypes/" + i4, schemaPath: "#/properties/gpuTypes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.properties.gpuTypes.items.type, parentSchema: schema33.properties.gpuTypes.items, data: data17 };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
      } else {
        const err86 = { instancePath: instancePath + "/gpuTypes", schemaPath: "#/properties/gpuTypes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema33.properties.gpuTypes.type, parentSchema: schema33.properties.gpuTypes, data: data16 };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
  } else {
    const err87 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err87];
    } else {
      vErrors.push(err87);
    }
    errors++;
  }
  validate78.errors = vErrors;
  return errors === 0;
}
validate78.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var v6 = validate81;
var schema35 = { "type": "string", "minLength": 1 };
function validate81(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate81.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data === "string") {
    if (func1(data) < 1) {
      const err0 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate81.errors = vErrors;
  return errors === 0;
}
validate81.evaluated = { "dynamicProps": false, "dynamicItems": false };
var v7 = validate82;
var schema36 = { "type": "array", "minItems": 1, "maxItems": 100, "items": { "type": "string", "minLength": 1 } };
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate82.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    if (data.length > 100) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.length < 1) {
      const err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.items, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.items.type, parentSchema: schema36.items, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate82.errors = vErrors;
  return errors === 0;
}
validate82.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var INDEX = {
  "https://raw.githubusercontent.com/llm-physics/llm-physics/v0/schemas/inference-deployment.schema.json": "v0",
  "https://raw.githubusercontent.com/llm-physics/llm-physics/v0/schemas/inference-deployment.schema.json#/properties/spec/properties/model/oneOf/0": "v1",
  "https://raw.githubusercontent.com/llm-physics/llm-physics/v0/schemas/inference-deployment.schema.json#/properties/spec/properties/model/oneOf/1": "v2",
  "https://raw.githubusercontent.com/llm-physics/llm-physics/v0/schemas/inference-deployment.schema.json#/$defs/attention/oneOf/0": "v3",
  "https://raw.githubusercontent.com/llm-physics/llm-physics/v0/schemas/inference-deployment.schema.json#/$defs/attention/oneOf/1": "v4",
  "inference-deployment": "https://raw.githubusercontent.com/llm-physics/llm-physics/v0/schemas/inference-deployment.schema.json",
  "https://raw.githubusercontent.com/llm-physics/llm-physics/v0/schemas/config.schema.json": "v5",
  "https://raw.githubusercontent.com/llm-physics/llm-physics/v0/schemas/config.schema.json#/properties/gpus/items/properties/paths/anyOf/0": "v6",
  "https://raw.githubusercontent.com/llm-physics/llm-physics/v0/schemas/config.schema.json#/properties/gpus/items/properties/paths/anyOf/1": "v7",
  "config": "https://raw.githubusercontent.com/llm-physics/llm-physics/v0/schemas/config.schema.json"
};

// src/validate/schema-validator.ts
var SCHEMAS = {
  "inference-deployment": inference_deployment_schema_default,
  config: config_schema_default
};
var compiled = /* @__PURE__ */ new Map();
var generated = validators_generated_exports;
function generatedValidator(ref) {
  const name = generated.INDEX[ref];
  const validate = name !== void 0 ? generated[name] : void 0;
  return typeof validate === "function" ? validate : void 0;
}
function compiledSchema(name) {
  let entry = compiled.get(name);
  if (!entry) {
    const root = SCHEMAS[name];
    const id = String(root.$id);
    const validate = generatedValidator(id);
    if (!validate) throw new Error(`no generated validator for the ${name} schema: run npm run build`);
    entry = { root, id, validate, branches: void 0 };
    compiled.set(name, entry);
  }
  return entry;
}
function pointerSegments(instancePath) {
  if (instancePath === "") return [];
  return instancePath.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function isUnder(segments, prefix) {
  return prefix.length <= segments.length && prefix.every((s, i) => segments[i] === s);
}
function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function hasOwn(value, key) {
  return Object.prototype.hasOwnProperty.call(value, key);
}
function deref(c, node) {
  let current = node;
  for (let hops = 0; current?.$ref !== void 0 && hops < 16; hops++) {
    const ref = current.$ref;
    const fragment = ref.startsWith(c.id) ? ref.slice(c.id.length) : ref;
    if (!fragment.startsWith("#")) return current;
    let target = c.root;
    for (const raw of fragment.slice(1).split("/").filter((s) => s !== "")) {
      const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
      target = isPlainObject(target) && hasOwn(target, key) ? target[key] : void 0;
    }
    current = target;
  }
  return current;
}
function jsonType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
function typeAccepts(node, value) {
  if (!node || node.type === void 0) return true;
  const actual = jsonType(value);
  const types = Array.isArray(node.type) ? node.type : [node.type];
  return types.some((t) => t === actual || t === "number" && actual === "integer");
}
function collect(c, validate, data, base) {
  validate(data);
  const errors = [...validate.errors ?? []];
  const issues = [];
  for (const error of errors) {
    if (error.propertyName !== void 0) continue;
    const issue = {
      keyword: error.keyword,
      segments: [...base, ...pointerSegments(error.instancePath)],
      params: error.params,
      node: error.parentSchema,
      data: error.data
    };
    if (error.message !== void 0) issue.message = error.message;
    issues.push(issue);
  }
  const combos = issues.filter((i) => i.keyword === "oneOf" || i.keyword === "anyOf").sort((a, b) => a.segments.length - b.segments.length);
  let result = issues.filter((i) => i.keyword !== "oneOf" && i.keyword !== "anyOf");
  const done = [];
  for (const combo of combos) {
    if (done.some((outer) => isUnder(combo.segments, outer))) continue;
    done.push(combo.segments);
    result = result.filter((i) => !isUnder(i.segments, combo.segments));
    result.push(...resolveCombo(c, combo));
  }
  return result;
}
function resolveCombo(c, combo) {
  const node = combo.node;
  const branches = (combo.keyword === "oneOf" ? node?.oneOf : node?.anyOf) ?? [];
  const value = combo.data;
  const resolved = branches.map((b) => deref(c, b));
  let candidates = branches.map((_, i) => i).filter((i) => typeAccepts(resolved[i], value));
  if (candidates.length === 0) {
    return [{ keyword: "type", segments: combo.segments, params: {}, node, data: value }];
  }
  if (candidates.length > 1 && isPlainObject(value)) {
    const tag = discriminator(candidates.map((i) => resolved[i]));
    if (tag) {
      const written = hasOwn(value, tag.property) ? value[tag.property] : void 0;
      if (written === void 0) {
        const property = { enum: tag.values };
        if (tag.title !== void 0) property.title = tag.title;
        return [
          { keyword: "required", segments: combo.segments, params: { missingProperty: tag.property }, node: { properties: { [tag.property]: property } }, data: value }
        ];
      }
      const matching = candidates.filter((i) => resolved[i]?.properties?.[tag.property]?.const === written);
      if (matching.length === 0) {
        return [{ keyword: "enum", segments: [...combo.segments, tag.property], params: {}, node: { enum: tag.values }, data: written }];
      }
      candidates = matching;
    }
  }
  let best;
  for (const i of candidates) {
    const validate = branchValidator(c, branches[i]);
    if (!validate) continue;
    const issues = collect(c, validate, value, combo.segments);
    if (!best || issues.length < best.length) best = issues;
    if (issues.length === 0) break;
  }
  return best ?? [{ keyword: "type", segments: combo.segments, params: {}, node, data: value }];
}
function discriminator(branches) {
  const first = branches[0]?.properties;
  if (!first) return void 0;
  for (const [property, schema] of Object.entries(first)) {
    if (schema.const === void 0) continue;
    const values = branches.map((b) => b?.properties?.[property]?.const);
    if (values.every((v) => v !== void 0) && new Set(values).size === values.length) {
      return schema.title !== void 0 ? { property, values, title: schema.title } : { property, values };
    }
  }
  return void 0;
}
function branchValidator(c, branch) {
  if (!branch) return void 0;
  if (!c.branches) {
    const branches = /* @__PURE__ */ new Map();
    const walk = (node, pointer2) => {
      if (node === null || typeof node !== "object") return;
      for (const [key, child] of Object.entries(node)) {
        const here = `${pointer2}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
        if ((key === "oneOf" || key === "anyOf") && Array.isArray(child)) {
          child.forEach((item, i) => {
            const text = JSON.stringify(item);
            if (!branches.has(text)) branches.set(text, `${here}/${i}`);
          });
        }
        walk(child, here);
      }
    };
    walk(c.root, "");
    c.branches = branches;
  }
  const pointer = c.branches.get(JSON.stringify(branch));
  return pointer === void 0 ? void 0 : generatedValidator(`${c.id}#${pointer}`);
}
var TWO_POW_40 = 2 ** 40;
function formatBound(n) {
  if (n === TWO_POW_40) return "2^40";
  if (Number.isInteger(n) && Math.abs(n) >= 1e4) return n.toLocaleString("en-US");
  return String(n);
}
var PATTERN_PHRASES = {
  "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$": "a DNS label (lowercase letters, digits and '-', starting and ending with a letter or digit)"
};
function integerPhrase(lo, hi, withUpper) {
  if (withUpper && lo !== void 0 && hi !== void 0) return `an integer from ${formatBound(lo)} to ${formatBound(hi)}`;
  if (lo === 1) return "a positive integer";
  if (lo === 0) return "a non-negative integer";
  if (lo !== void 0) return `an integer of at least ${formatBound(lo)}`;
  if (withUpper && hi !== void 0) return `an integer of at most ${formatBound(hi)}`;
  return "an integer";
}
function numberPhrase(node, withUpper) {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = node;
  if (!withUpper) {
    if (exclusiveMinimum === 0 || minimum !== void 0 && minimum > 0) return "a positive number";
    if (minimum === 0) return "a non-negative number";
    if (minimum !== void 0) return `a number of at least ${formatBound(minimum)}`;
    if (exclusiveMinimum !== void 0) return `a number above ${formatBound(exclusiveMinimum)}`;
    return "a number";
  }
  if (minimum !== void 0 && maximum !== void 0) return `a number from ${formatBound(minimum)} to ${formatBound(maximum)}`;
  const lower = minimum !== void 0 ? `at least ${formatBound(minimum)}` : exclusiveMinimum !== void 0 ? `above ${formatBound(exclusiveMinimum)}` : void 0;
  const upper = maximum !== void 0 ? `at most ${formatBound(maximum)}` : exclusiveMaximum !== void 0 ? `below ${formatBound(exclusiveMaximum)}` : void 0;
  return ["a number", [lower, upper].filter((p) => p !== void 0).join(" and ")].filter((p) => p !== "").join(" ");
}
function describe(c, raw, wording) {
  const node = deref(c, raw);
  if (!node) return "a valid value";
  if (node.const !== void 0) return JSON.stringify(node.const);
  if (node.enum) return `one of ${node.enum.map((v) => typeof v === "string" ? v : JSON.stringify(v)).join(", ")}`;
  const branches = node.oneOf ?? node.anyOf;
  if (branches) return joinAlternatives(branches.map((b) => describe(c, b, wording)));
  if (Array.isArray(node.type)) return joinAlternatives(node.type.map((t) => describe(c, { ...node, type: t }, wording)));
  const bounds = wording === "bounds";
  switch (node.type) {
    case "integer": {
      const lo = node.minimum ?? (node.exclusiveMinimum !== void 0 ? Math.floor(node.exclusiveMinimum) + 1 : void 0);
      const hi = node.maximum ?? (node.exclusiveMaximum !== void 0 ? Math.ceil(node.exclusiveMaximum) - 1 : void 0);
      return integerPhrase(lo, hi, bounds);
    }
    case "number":
      return numberPhrase(node, bounds);
    case "string": {
      if (wording === "pattern" && node.pattern !== void 0) return PATTERN_PHRASES[node.pattern] ?? `a string matching ${node.pattern}`;
      const min = node.minLength ?? 0;
      const base = min > 1 ? `a string of at least ${formatBound(min)} characters` : min === 1 ? "a non-empty string" : "a string";
      if (!bounds || node.maxLength === void 0) return base;
      return min > 1 ? `${base} and at most ${formatBound(node.maxLength)}` : `${base} of at most ${formatBound(node.maxLength)} characters`;
    }
    case "boolean":
      return "true or false";
    case "object":
      return "a mapping";
    case "array": {
      if (!bounds) return "a list";
      const min = node.minItems ?? 0;
      const max = node.maxItems;
      if (min > 0 && max !== void 0) return `a list of ${formatBound(min)} to ${formatBound(max)} items`;
      if (min > 0) return `a list of at least ${formatBound(min)} item${min === 1 ? "" : "s"}`;
      return max !== void 0 ? `a list of at most ${formatBound(max)} items` : "a list";
    }
    case "null":
      return "null";
    default:
      return "a valid value";
  }
}
function joinAlternatives(phrases) {
  const unique = [...new Set(phrases)];
  if (unique.length <= 2) return unique.join(" or ");
  return `${unique.slice(0, -1).join(", ")} or ${unique[unique.length - 1]}`;
}
function joinAnd(items) {
  if (items.length <= 2) return items.join(" and ");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
var MAX_SHOWN = 60;
function formatValue(value, source) {
  if (typeof value === "string") {
    const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 1)}\u2026` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "number") return source !== void 0 && source.trim() !== "" ? source.trim() : String(value);
  if (value === null || value === void 0) return source === "" ? "an empty value" : "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
function lowerTitle(title) {
  const firstWord = title.split(/\s/)[0] ?? "";
  if (firstWord.length > 1 && /^[^a-z]+$/.test(firstWord)) return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}
function propertyHint(c, raw) {
  const node = deref(c, raw);
  if (!node) return "";
  const parts = [];
  if (node.title !== void 0) parts.push(`the ${lowerTitle(node.title)}`);
  if (node.enum) {
    const list = `one of ${node.enum.map(String).join(", ")}`;
    return ` (${parts.length ? `${parts[0]}: ${list}` : list})`;
  }
  if (node.type === "boolean") return ` (${parts.length ? `${parts[0]}: ` : ""}true or false)`;
  const examples = node.examples ?? node.oneOf?.flatMap((b) => deref(c, b)?.examples ?? []) ?? [];
  const example = examples.find((e) => typeof e === "string" || typeof e === "number" || typeof e === "boolean");
  if (example !== void 0) parts.push(`e.g. ${String(example)}`);
  return parts.length ? ` (${parts.join(", ")})` : "";
}
function suggest(name, candidates) {
  if (candidates.every((c) => name.length > 2 * c.length + 8)) return void 0;
  const normalize = (s) => s.toLowerCase().replace(/[-_]/g, "");
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best;
  for (const candidate of candidates) {
    const score = normalize(candidate) === normalize(name) ? 0 : (0, import_fastest_levenshtein.distance)(name.toLowerCase(), candidate.toLowerCase());
    if (score <= limit && (!best || score < best.score)) best = { name: candidate, score };
  }
  return best?.name;
}
var KEYWORD_RANK = {
  additionalProperties: 0,
  propertyNames: 0,
  type: 1,
  const: 2,
  enum: 3,
  required: 4,
  minimum: 5,
  maximum: 5,
  exclusiveMinimum: 5,
  exclusiveMaximum: 5,
  minLength: 6,
  maxLength: 6,
  pattern: 7
};
var DocumentView = class {
  constructor(document) {
    this.document = document;
  }
  document;
  /** `spec.hardware.count`, `include[0]`: instance path segments as messages and `ranges` name them. */
  dotted(segments) {
    let current = this.document.value;
    let path = "";
    for (const segment of segments) {
      if (Array.isArray(current) && /^\d+$/.test(segment)) {
        path = joinPath(path, Number(segment));
        current = current[Number(segment)];
      } else {
        path = joinPath(path, segment);
        current = isPlainObject(current) && hasOwn(current, segment) ? current[segment] : void 0;
      }
    }
    return path;
  }
  /** The key's or the value's range at a dotted path; the nearest ancestor's when the path has none. */
  range(dotted, part) {
    let path = dotted;
    while (path !== "") {
      const ranges = this.document.ranges.get(path);
      if (ranges) return part === "key" ? ranges.key ?? ranges.value : ranges.value;
      path = parentPath(path);
    }
    return this.document.range;
  }
  /** The source text of the scalar at `segments`, when it is one. */
  source(segments) {
    let node = this.document.doc.contents;
    for (const segment of segments) {
      if ((0, import_yaml.isMap)(node)) {
        const pair = node.items.find((p) => ((0, import_yaml.isScalar)(p.key) ? String(p.key.value) : String(p.key)) === segment);
        node = pair?.value;
      } else if ((0, import_yaml.isSeq)(node)) {
        node = node.items[Number(segment)];
      } else {
        return void 0;
      }
    }
    return (0, import_yaml.isScalar)(node) && node !== null && typeof node.source === "string" ? node.source : void 0;
  }
};
function parentPath(dotted) {
  const match = /^(.*?)(?:\.[^.[\]]*|\[\d+\])$/.exec(dotted);
  return match ? match[1] ?? "" : "";
}
function display(dotted) {
  return dotted === "" ? "the document" : dotted;
}
function validateDocument(schema, document, file) {
  if (document.value === void 0 || document.value === null) return [];
  const c = compiledSchema(schema);
  const issues = collect(c, c.validate, document.value, []);
  const view = new DocumentView(document);
  const candidates = [];
  const missing = /* @__PURE__ */ new Map();
  const suggested = /* @__PURE__ */ new Map();
  for (const issue of issues) {
    const path = view.dotted(issue.segments);
    const rank = KEYWORD_RANK[issue.keyword] ?? 8;
    switch (issue.keyword) {
      case "required": {
        const name = String(issue.params.missingProperty);
        const entry = missing.get(path) ?? { segments: issue.segments, node: issue.node, names: [] };
        if (!entry.names.includes(name)) entry.names.push(name);
        missing.set(path, entry);
        break;
      }
      case "additionalProperties": {
        const name = String(issue.params.additionalProperty);
        const child = joinPath(path, name);
        const known = Object.keys(deref(c, issue.node)?.properties ?? {});
        const present = isPlainObject(issue.data) ? issue.data : {};
        const suggestion = suggest(name, known.filter((k) => !hasOwn(present, k)));
        let message = `${child} is not a known property`;
        if (suggestion !== void 0) {
          message += `; did you mean ${quote(suggestion)}?`;
          const set = suggested.get(path) ?? /* @__PURE__ */ new Set();
          set.add(suggestion);
          suggested.set(path, set);
        } else if (known.length > 0) {
          message += `; expected one of ${known.join(", ")}`;
        }
        candidates.push({ subject: child, rank, range: view.range(child, "key"), message });
        break;
      }
      case "propertyNames": {
        const name = String(issue.params.propertyName);
        const child = joinPath(path, name);
        const names = deref(c, deref(c, issue.node)?.propertyNames);
        const noun = names?.title !== void 0 ? lowerTitle(names.title) : "key";
        const allowed = (names?.enum ?? []).filter((v) => typeof v === "string");
        let message;
        if (allowed.length > 0) {
          const suggestion = suggest(name, allowed);
          message = `${child} is not a known ${noun}` + (suggestion !== void 0 ? `; did you mean ${quote(suggestion)}?` : allowed.length <= 20 ? `; expected one of ${allowed.join(", ")}` : "");
        } else {
          message = `${child} is not a valid ${noun}: it must be ${describe(c, names, "bounds")}`;
        }
        candidates.push({ subject: child, rank, range: view.range(child, "key"), message });
        break;
      }
      default: {
        const got = formatValue(issue.data, view.source(issue.segments));
        let expected;
        let extra = "";
        switch (issue.keyword) {
          case "type":
          case "const":
          case "enum":
          case "minLength":
            expected = describe(c, issue.node, "kind");
            if (issue.keyword === "type" && (typeof issue.data === "number" || typeof issue.data === "boolean")) {
              const node = deref(c, issue.node);
              if (node?.type === "string" && node.const === void 0 && node.enum === void 0) extra = ` (write it in quotes, ${quote(got)}, to make it text)`;
            }
            break;
          case "minimum":
          case "maximum":
          case "exclusiveMinimum":
          case "exclusiveMaximum":
          case "maxLength":
          case "minItems":
          case "maxItems":
            expected = describe(c, issue.node, "bounds");
            if (issue.keyword === "maxLength" && typeof issue.data === "string") extra = ` (${issue.data.length} characters)`;
            if ((issue.keyword === "maxItems" || issue.keyword === "minItems") && Array.isArray(issue.data)) {
              extra = ` of ${issue.data.length} items`;
            }
            break;
          case "pattern":
            expected = describe(c, issue.node, "pattern");
            break;
          default:
            candidates.push({ subject: path, rank, range: view.range(path, "value"), message: `${display(path)} ${issue.message ?? "is not valid"}` });
            continue;
        }
        candidates.push({ subject: path, rank, range: view.range(path, "value"), message: `${display(path)} must be ${expected}, got ${got}${extra}` });
      }
    }
  }
  for (const [path, entry] of missing) {
    const names = entry.names.filter((n) => !suggested.get(path)?.has(n));
    if (names.length === 0) continue;
    const properties = deref(c, entry.node)?.properties ?? {};
    const listed = names.map((n) => `${quote(n)}${propertyHint(c, properties[n])}`);
    candidates.push({
      subject: path,
      rank: KEYWORD_RANK.required ?? 4,
      range: path === "" ? document.range : view.range(path, "key"),
      message: `${display(path)} is missing ${joinAnd(listed)}`
    });
  }
  const chosen = /* @__PURE__ */ new Map();
  for (const candidate of candidates) {
    const current = chosen.get(candidate.subject);
    if (!current || candidate.rank < current.rank) chosen.set(candidate.subject, candidate);
  }
  const deployment = deploymentName(schema, document.value);
  const findings = [...chosen.values()].map((candidate) => {
    const finding = { ruleId: "schema", severity: "error", message: candidate.message, file, ...candidate.range };
    if (deployment !== void 0) finding.deployment = deployment;
    return finding;
  });
  return findings.sort(compareFindings);
}
function deploymentName(schema, value) {
  if (schema !== "inference-deployment" || !isPlainObject(value)) return void 0;
  const metadata = hasOwn(value, "metadata") ? value.metadata : void 0;
  const name = isPlainObject(metadata) && hasOwn(metadata, "name") ? metadata.name : void 0;
  return typeof name === "string" && name !== "" ? name : void 0;
}

// src/config/config.ts
var DEFAULT_MAX_FILE_SIZE_BYTES = 2e6;
function defaultConfig() {
  return { maxFileSizeBytes: DEFAULT_MAX_FILE_SIZE_BYTES, rules: {}, policy: {}, gpus: [], gpuTypes: [], file: null };
}
var ConfigError = class extends Error {
  constructor(message, file, line = null, column = null) {
    super(line === null ? `${file}: ${message}` : `${file}:${line}:${column ?? 1}: ${message}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.name = "ConfigError";
  }
  file;
  line;
  column;
};
function displayPath(path, cwd) {
  const rel = relative(cwd, path);
  const shown = rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel;
  return shown.split("\\").join("/");
}
function errorFrom(findings, file, what) {
  const sorted = [...findings].sort(compareFindings);
  const first = sorted[0];
  const others = sorted.slice(1).map((f) => `
  ${file}:${f.line}:${f.column}: ${f.message}`);
  const more = others.length > 0 ? `${others.join("")}` : "";
  return new ConfigError(`${what}: ${first.message}${more}
Fix ${file} and run again.`, file, first.line, first.column);
}
function parseConfig(text, file) {
  const parsed = parseYamlFile(file, text);
  if (parsed.findings.length > 0) throw errorFrom(parsed.findings, file, "invalid configuration");
  const documents = parsed.documents.filter((d) => d.value !== null && d.value !== void 0);
  const config = { ...defaultConfig(), file };
  if (documents.length === 0) return config;
  if (documents.length > 1) {
    const second = documents[1].range;
    throw new ConfigError(
      `the configuration holds ${documents.length} YAML documents; it must be one mapping, so remove the "---" and merge them`,
      file,
      second.line,
      second.column
    );
  }
  const document = documents[0];
  const schemaFindings = validateDocument("config", document, file);
  if (schemaFindings.length > 0) throw errorFrom(schemaFindings, file, "invalid configuration");
  const value = document.value;
  if (Array.isArray(value.include)) config.include = [...value.include];
  if (Array.isArray(value.exclude)) config.exclude = [...value.exclude];
  if (typeof value.maxFileSizeBytes === "number") config.maxFileSizeBytes = value.maxFileSizeBytes;
  if (value.rules && typeof value.rules === "object") config.rules = { ...value.rules };
  const policy = value.policy;
  if (policy && typeof policy === "object") {
    if (policy.maxTier !== void 0) config.policy.maxTier = policy.maxTier;
    if (typeof policy.minHeadroomPercent === "number") config.policy.minHeadroomPercent = policy.minHeadroomPercent;
    if (typeof policy.maxBandwidthUtilizationPercent === "number") {
      config.policy.maxBandwidthUtilizationPercent = policy.maxBandwidthUtilizationPercent;
    }
  }
  const at = (path) => ({ ...document.ranges.get(path)?.value ?? document.range, file });
  if (Array.isArray(value.gpus)) {
    config.gpus = value.gpus.map((entry, i) => {
      const paths = entry.paths === void 0 ? null : typeof entry.paths === "string" ? [entry.paths] : [...entry.paths];
      const nodeSelector = entry.nodeSelector === void 0 ? null : { ...entry.nodeSelector };
      const when = [paths ? `paths ${paths.join(", ")}` : "", nodeSelector ? `nodeSelector ${Object.entries(nodeSelector).map(([k, v]) => `${k}=${v}`).join(", ")}` : ""].filter((w) => w !== "").join(" and ");
      return {
        paths,
        nodeSelector,
        gpu: { value: entry.gpu, range: at(`gpus[${i}].gpu`), path: `gpus[${i}].gpu (${when || "the default"})`, via: { key: "gpus" } },
        ...typeof entry.count === "number" ? { count: entry.count } : {}
      };
    });
  }
  if (Array.isArray(value.gpuTypes)) {
    config.gpuTypes = value.gpuTypes.map((entry, i) => ({
      ...entry,
      aliases: Array.isArray(entry.aliases) ? [...entry.aliases] : [],
      range: at(`gpuTypes[${i}].id`)
    }));
  }
  return config;
}
var CONFIG_MAX_BYTES = 1e6;
function readConfig(absolute, shown, cwd) {
  const read = readGuarded(absolute, { root: realRoot(cwd), maxBytes: CONFIG_MAX_BYTES });
  if (!read.ok && read.directory) {
    throw new ConfigError(`is a directory; pass the configuration file itself, e.g. ${shown}/.llm-physics.yml`, shown);
  }
  if (!read.ok) {
    const reason = read.refusal === "too-large" ? `is over ${CONFIG_MAX_BYTES} bytes, far more than any configuration; check the path` : read.message;
    throw new ConfigError(`the configuration file ${reason}`, shown);
  }
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) throw new ConfigError(`the configuration file is not valid ${decoded.encoding} text; save it as UTF-8`, shown);
  if (decoded.text.includes("\0")) throw new ConfigError("the configuration file is binary, not YAML; check the path", shown);
  return parseConfig(decoded.text, shown);
}
function loadConfig(path, cwd) {
  if (path !== null) {
    const absolute = resolve(cwd, path);
    const shown = displayPath(absolute, cwd);
    if (!isInside(resolve(cwd), absolute)) {
      throw new ConfigError(`the configuration file must be inside the repository (${cwd}); keep it there and pass its path relative to the repository`, shown);
    }
    if (!exists(absolute)) {
      throw new ConfigError(`configuration file not found; check the --config path (relative to ${cwd})`, shown);
    }
    return readConfig(absolute, shown, cwd);
  }
  const found = CONFIG_FILE_NAMES.filter((name) => exists(resolve(cwd, name)));
  if (found.length > 1) {
    throw new ConfigError(`both ${found.join(" and ")} exist and only one would be read; merge them into one and delete the other`, found[0]);
  }
  if (found.length === 1) return readConfig(resolve(cwd, found[0]), found[0], cwd);
  return defaultConfig();
}
function effectivePolicy(repo, deployment) {
  return {
    maxTier: deployment.maxTier?.value ?? (repo.maxTier !== void 0 ? repo.maxTier : DEFAULT_POLICY.maxTier),
    minHeadroomPercent: deployment.minHeadroomPercent?.value ?? repo.minHeadroomPercent ?? DEFAULT_POLICY.minHeadroomPercent,
    maxBandwidthUtilizationPercent: deployment.maxBandwidthUtilizationPercent?.value ?? repo.maxBandwidthUtilizationPercent ?? DEFAULT_POLICY.maxBandwidthUtilizationPercent
  };
}

export {
  DEFAULT_POLICY,
  validateDocument,
  DEFAULT_MAX_FILE_SIZE_BYTES,
  ConfigError,
  loadConfig,
  effectivePolicy
};
