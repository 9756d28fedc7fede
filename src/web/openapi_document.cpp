// The OpenAPI 3.1 description of the JSON API, served at /api/openapi.json. Kept by hand beside the
// routes; tests check that every route is described and every described path is routed.
#include "web/openapi_document.hpp"

namespace polyfon::web {

std::string_view OpenApiDocument() {
  return R"openapi(
{
 "openapi": "3.1.0",
 "info": {
  "title": "Polyfon API",
  "version": "0.1.0",
  "description": "Indicator data of the music-therapy knowledge cluster: rates with exact intervals, equal access, coverage, the cluster effect, the registry and data value sets. Anonymous requests get public output: counts from 1 to 4, and everything derived from them, are hidden."
 },
 "servers": [
  {
   "url": "/"
  }
 ],
 "paths": {
  "/api/health": {
   "get": {
    "summary": "Service status and the data version",
    "parameters": [],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "properties": {
          "status": {
           "type": "string"
          },
          "version": {
           "type": "string"
          },
          "data_version": {
           "type": "integer"
          }
         },
         "required": [
          "status",
          "data_version"
         ]
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "422": {
      "$ref": "#/components/responses/Unprocessable"
     }
    }
   }
  },
  "/api/analytics": {
   "get": {
    "summary": "Indicator and data element values with exact intervals",
    "parameters": [
     {
      "name": "dx",
      "in": "query",
      "required": true,
      "description": "Indicator codes or data element references, comma-separated (e.g. mt_patients_per_100k, mt_patients.IBBE10)",
      "schema": {
       "type": "string"
      },
      "example": "mt_patients_per_100k"
     },
     {
      "name": "ou",
      "in": "query",
      "required": true,
      "description": "Org unit codes, comma-separated",
      "schema": {
       "type": "string"
      },
      "example": "NO-HV,NO-HSO"
     },
     {
      "name": "pe",
      "in": "query",
      "required": true,
      "description": "Periods: a range 2016:2018 or a list 2016;2018 (DHIS2 period ids)",
      "schema": {
       "type": "string"
      },
      "example": "2016:2018"
     },
     {
      "name": "ci",
      "in": "query",
      "required": false,
      "description": "Confidence level of intervals",
      "schema": {
       "type": "number",
       "default": 0.95,
       "minimum": 0.5,
       "exclusiveMaximum": 1
      }
     },
     {
      "name": "format",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string",
       "enum": [
        "json",
        "csv",
        "json-stat",
        "xlsx"
       ],
       "default": "json"
      },
      "description": "json rows, or a download: CSV, JSON-stat 2.0 or XLSX"
     }
    ],
    "responses": {
     "200": {
      "description": "Rows (anonymous callers get public output: counts 1-4 and what derives from them are suppressed)",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Rows"
        }
       },
       "text/csv": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "422": {
      "$ref": "#/components/responses/Unprocessable"
     }
    },
    "description": "Cells in the order items x org units x periods."
   }
  },
  "/api/chart": {
   "get": {
    "summary": "A Vega-Lite chart specification with its data inline",
    "parameters": [
     {
      "name": "dx",
      "in": "query",
      "required": true,
      "description": "Indicator codes or data element references, comma-separated (e.g. mt_patients_per_100k, mt_patients.IBBE10)",
      "schema": {
       "type": "string"
      },
      "example": "mt_patients_per_100k"
     },
     {
      "name": "ou",
      "in": "query",
      "required": true,
      "description": "Org unit codes, comma-separated",
      "schema": {
       "type": "string"
      },
      "example": "NO-HV,NO-HSO"
     },
     {
      "name": "pe",
      "in": "query",
      "required": true,
      "description": "Periods: a range 2016:2018 or a list 2016;2018 (DHIS2 period ids)",
      "schema": {
       "type": "string"
      },
      "example": "2016:2018"
     },
     {
      "name": "ci",
      "in": "query",
      "required": false,
      "description": "Confidence level of intervals",
      "schema": {
       "type": "number",
       "default": 0.95,
       "minimum": 0.5,
       "exclusiveMaximum": 1
      }
     },
     {
      "name": "reference",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string"
      },
      "description": "Org unit drawn as a dashed reference line, e.g. NO"
     },
     {
      "name": "lang",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string",
       "enum": [
        "nn",
        "nb",
        "en"
       ],
       "default": "nn"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "description": "Vega-Lite specification"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "422": {
      "$ref": "#/components/responses/Unprocessable"
     }
    }
   }
  },
  "/api/analyze/ratio": {
   "get": {
    "summary": "Rate ratio of two cells with the exact conditional interval and p-value",
    "parameters": [
     {
      "name": "dx",
      "in": "query",
      "required": true,
      "description": "Indicator codes or data element references, comma-separated (e.g. mt_patients_per_100k, mt_patients.IBBE10)",
      "schema": {
       "type": "string"
      },
      "example": "mt_patients_per_100k"
     },
     {
      "name": "ou",
      "in": "query",
      "required": true,
      "description": "Org unit codes, comma-separated",
      "schema": {
       "type": "string"
      },
      "example": "NO-HV,NO-HSO"
     },
     {
      "name": "pe",
      "in": "query",
      "required": true,
      "description": "Periods: a range 2016:2018 or a list 2016;2018 (DHIS2 period ids)",
      "schema": {
       "type": "string"
      },
      "example": "2016:2018"
     },
     {
      "name": "ci",
      "in": "query",
      "required": false,
      "description": "Confidence level of intervals",
      "schema": {
       "type": "number",
       "default": 0.95,
       "minimum": 0.5,
       "exclusiveMaximum": 1
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "properties": {
          "ratio": {
           "type": "number"
          },
          "ci_low": {
           "type": "number"
          },
          "ci_high": {
           "type": "number"
          },
          "p_value": {
           "type": "number"
          },
          "status": {
           "type": "string"
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "422": {
      "$ref": "#/components/responses/Unprocessable"
     }
    }
   }
  },
  "/api/analyze/growth": {
   "get": {
    "summary": "Change, percent change with interval, and annual growth per org unit",
    "parameters": [
     {
      "name": "dx",
      "in": "query",
      "required": true,
      "description": "Indicator codes or data element references, comma-separated (e.g. mt_patients_per_100k, mt_patients.IBBE10)",
      "schema": {
       "type": "string"
      },
      "example": "mt_patients_per_100k"
     },
     {
      "name": "ou",
      "in": "query",
      "required": true,
      "description": "Org unit codes, comma-separated",
      "schema": {
       "type": "string"
      },
      "example": "NO-HV,NO-HSO"
     },
     {
      "name": "pe",
      "in": "query",
      "required": true,
      "description": "Periods: a range 2016:2018 or a list 2016;2018 (DHIS2 period ids)",
      "schema": {
       "type": "string"
      },
      "example": "2016:2018"
     },
     {
      "name": "ci",
      "in": "query",
      "required": false,
      "description": "Confidence level of intervals",
      "schema": {
       "type": "number",
       "default": 0.95,
       "minimum": 0.5,
       "exclusiveMaximum": 1
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Rows"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "422": {
      "$ref": "#/components/responses/Unprocessable"
     }
    }
   }
  },
  "/api/analyze/trend": {
   "get": {
    "summary": "Log-linear Poisson trend per org unit",
    "parameters": [
     {
      "name": "dx",
      "in": "query",
      "required": true,
      "description": "Indicator codes or data element references, comma-separated (e.g. mt_patients_per_100k, mt_patients.IBBE10)",
      "schema": {
       "type": "string"
      },
      "example": "mt_patients_per_100k"
     },
     {
      "name": "ou",
      "in": "query",
      "required": true,
      "description": "Org unit codes, comma-separated",
      "schema": {
       "type": "string"
      },
      "example": "NO-HV,NO-HSO"
     },
     {
      "name": "pe",
      "in": "query",
      "required": true,
      "description": "Periods: a range 2016:2018 or a list 2016;2018 (DHIS2 period ids)",
      "schema": {
       "type": "string"
      },
      "example": "2016:2018"
     },
     {
      "name": "ci",
      "in": "query",
      "required": false,
      "description": "Confidence level of intervals",
      "schema": {
       "type": "number",
       "default": 0.95,
       "minimum": 0.5,
       "exclusiveMaximum": 1
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Rows"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "422": {
      "$ref": "#/components/responses/Unprocessable"
     }
    }
   }
  },
  "/api/analyze/gap": {
   "get": {
    "summary": "Equal access: expected counts at a reference rate and the gap",
    "parameters": [
     {
      "name": "dx",
      "in": "query",
      "required": true,
      "description": "Indicator codes or data element references, comma-separated (e.g. mt_patients_per_100k, mt_patients.IBBE10)",
      "schema": {
       "type": "string"
      },
      "example": "mt_patients_per_100k"
     },
     {
      "name": "ou",
      "in": "query",
      "required": true,
      "description": "Org unit codes, comma-separated",
      "schema": {
       "type": "string"
      },
      "example": "NO-HV,NO-HSO"
     },
     {
      "name": "pe",
      "in": "query",
      "required": true,
      "description": "Periods: a range 2016:2018 or a list 2016;2018 (DHIS2 period ids)",
      "schema": {
       "type": "string"
      },
      "example": "2016:2018"
     },
     {
      "name": "ci",
      "in": "query",
      "required": false,
      "description": "Confidence level of intervals",
      "schema": {
       "type": "number",
       "default": 0.95,
       "minimum": 0.5,
       "exclusiveMaximum": 1
      }
     },
     {
      "name": "reference",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string"
      },
      "description": "An org unit code (default: the nation), best, or a rate"
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "properties": {
          "reference": {
           "type": "object",
           "properties": {
            "label": {
             "type": "string"
            },
            "rate": {
             "type": "number"
            }
           }
          },
          "rows": {
           "type": "array",
           "items": {
            "type": "object",
            "properties": {
             "dx": {
              "type": "string"
             },
             "ou": {
              "type": "string"
             },
             "pe": {
              "type": "string"
             },
             "observed": {
              "type": "number"
             },
             "expected": {
              "type": "number"
             },
             "expected_ratio": {
              "type": "number"
             },
             "gap": {
              "type": "number"
             },
             "gap_low": {
              "type": "number"
             },
             "gap_high": {
              "type": "number"
             },
             "status": {
              "type": "string"
             }
            }
           }
          },
          "level": {
           "type": "number"
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "422": {
      "$ref": "#/components/responses/Unprocessable"
     }
    }
   }
  },
  "/api/analyze/coverage": {
   "get": {
    "summary": "Share of a region's health trusts that are full cluster members",
    "parameters": [
     {
      "name": "ou",
      "in": "query",
      "required": true,
      "description": "Org unit codes, comma-separated",
      "schema": {
       "type": "string"
      },
      "example": "NO-HV,NO-HSO"
     },
     {
      "name": "pe",
      "in": "query",
      "required": true,
      "description": "Periods: a range 2016:2018 or a list 2016;2018 (DHIS2 period ids)",
      "schema": {
       "type": "string"
      },
      "example": "2016:2018"
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "properties": {
          "rows": {
           "type": "array",
           "items": {
            "type": "object",
            "properties": {
             "ou": {
              "type": "string"
             },
             "pe": {
              "type": "string"
             },
             "coverage": {
              "type": "number"
             },
             "members": {
              "type": "integer"
             },
             "units": {
              "type": "integer"
             },
             "source": {
              "type": "string",
              "enum": [
               "membership",
               "data"
              ]
             }
            }
           }
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "422": {
      "$ref": "#/components/responses/Unprocessable"
     }
    }
   }
  },
  "/api/analyze/effect": {
   "get": {
    "summary": "The cluster effect: Poisson regression with unit and period fixed effects",
    "parameters": [
     {
      "name": "dx",
      "in": "query",
      "required": true,
      "description": "Indicator codes or data element references, comma-separated (e.g. mt_patients_per_100k, mt_patients.IBBE10)",
      "schema": {
       "type": "string"
      },
      "example": "mt_patients_per_100k"
     },
     {
      "name": "ou",
      "in": "query",
      "required": true,
      "description": "Org unit codes, comma-separated",
      "schema": {
       "type": "string"
      },
      "example": "NO-HV,NO-HSO"
     },
     {
      "name": "pe",
      "in": "query",
      "required": true,
      "description": "Periods: a range 2016:2018 or a list 2016;2018 (DHIS2 period ids)",
      "schema": {
       "type": "string"
      },
      "example": "2016:2018"
     },
     {
      "name": "ci",
      "in": "query",
      "required": false,
      "description": "Confidence level of intervals",
      "schema": {
       "type": "number",
       "default": 0.95,
       "minimum": 0.5,
       "exclusiveMaximum": 1
      }
     },
     {
      "name": "exposure",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string",
       "default": "cluster_coverage"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "properties": {
          "coefficient": {
           "type": "number"
          },
          "irr": {
           "type": "number"
          },
          "se_model": {
           "type": "number"
          },
          "se_quasi": {
           "type": "number"
          },
          "se_robust": {
           "type": "number"
          },
          "ci_low": {
           "type": "number"
          },
          "ci_high": {
           "type": "number"
          },
          "dispersion": {
           "type": "number"
          },
          "deviance": {
           "type": "number"
          },
          "p_randomization": {
           "type": "number"
          },
          "permutations": {
           "type": "integer"
          },
          "exhaustive": {
           "type": "boolean"
          },
          "units": {
           "type": "integer"
          },
          "periods": {
           "type": "integer"
          },
          "cells": {
           "type": "integer"
          },
          "level": {
           "type": "number"
          },
          "caveats": {
           "type": "array",
           "items": {
            "type": "string"
           }
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "422": {
      "$ref": "#/components/responses/Unprocessable"
     }
    }
   }
  },
  "/api/analyze/sensitivity": {
   "get": {
    "summary": "Rates, equal-access gaps and the cluster effect under assumed under-registration",
    "parameters": [
     {
      "name": "dx",
      "in": "query",
      "required": true,
      "description": "Indicator codes or data element references, comma-separated (e.g. mt_patients_per_100k, mt_patients.IBBE10)",
      "schema": {
       "type": "string"
      },
      "example": "mt_patients_per_100k"
     },
     {
      "name": "ou",
      "in": "query",
      "required": true,
      "description": "Org unit codes, comma-separated",
      "schema": {
       "type": "string"
      },
      "example": "NO-HV,NO-HSO"
     },
     {
      "name": "pe",
      "in": "query",
      "required": true,
      "description": "Periods: a range 2016:2018 or a list 2016;2018 (DHIS2 period ids)",
      "schema": {
       "type": "string"
      },
      "example": "2016:2018"
     },
     {
      "name": "ci",
      "in": "query",
      "required": false,
      "description": "Confidence level of intervals",
      "schema": {
       "type": "number",
       "default": 0.95,
       "minimum": 0.5,
       "exclusiveMaximum": 1
      }
     },
     {
      "name": "completeness",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string",
       "default": "1:1"
      },
      "example": "0.6:1,NO-HV=0.8:1"
     },
     {
      "name": "reference",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string"
      }
     },
     {
      "name": "exposure",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "properties": {
          "rows": {
           "type": "array",
           "items": {
            "type": "object"
           }
          },
          "references": {
           "type": "array",
           "items": {
            "type": "object"
           }
          },
          "effect": {
           "type": "object"
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "422": {
      "$ref": "#/components/responses/Unprocessable"
     }
    }
   }
  },
  "/api/orgunits": {
   "get": {
    "summary": "Org units with today's parent",
    "parameters": [],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "properties": {
          "orgunits": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/OrgUnit"
           }
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "422": {
      "$ref": "#/components/responses/Unprocessable"
     }
    }
   }
  },
  "/api/orgunits/{code}": {
   "get": {
    "summary": "One org unit: ancestors, children and participants",
    "parameters": [
     {
      "name": "code",
      "in": "path",
      "required": true,
      "schema": {
       "type": "string"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "properties": {
          "code": {
           "type": "string"
          },
          "name": {
           "type": "string"
          },
          "kind": {
           "type": "string"
          },
          "parent": {
           "type": "string"
          },
          "ancestors": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/OrgUnit"
           }
          },
          "children": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/OrgUnit"
           }
          },
          "participants": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/Participant"
           }
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "422": {
      "$ref": "#/components/responses/Unprocessable"
     }
    }
   }
  },
  "/api/participants": {
   "get": {
    "summary": "Cluster participants with helix category and membership history",
    "parameters": [],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "properties": {
          "participants": {
           "type": "array",
           "items": {
            "$ref": "#/components/schemas/Participant"
           }
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "422": {
      "$ref": "#/components/responses/Unprocessable"
     }
    }
   }
  },
  "/api/dataelements": {
   "get": {
    "summary": "Data elements",
    "parameters": [],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "properties": {
          "dataelements": {
           "type": "array",
           "items": {
            "type": "object",
            "properties": {
             "code": {
              "type": "string"
             },
             "name": {
              "type": "string"
             },
             "value_type": {
              "type": "string"
             },
             "aggregation": {
              "type": "string"
             }
            }
           }
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "422": {
      "$ref": "#/components/responses/Unprocessable"
     }
    }
   }
  },
  "/api/indicators": {
   "get": {
    "summary": "Indicators",
    "parameters": [],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "object",
         "properties": {
          "indicators": {
           "type": "array",
           "items": {
            "type": "object",
            "properties": {
             "code": {
              "type": "string"
             },
             "name": {
              "type": "string"
             },
             "numerator": {
              "type": "string"
             },
             "denominator": {
              "type": "string"
             },
             "factor": {
              "type": "number"
             }
            }
           }
          }
         }
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "422": {
      "$ref": "#/components/responses/Unprocessable"
     }
    }
   }
  },
  "/api/dataValueSets": {
   "get": {
    "summary": "Stored data values (DHIS2 data value set)",
    "parameters": [
     {
      "name": "de",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string"
      },
      "description": "Data element codes, comma-separated (alias dataElement)"
     },
     {
      "name": "ou",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string"
      },
      "description": "Org unit codes (alias orgUnit)"
     },
     {
      "name": "pe",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string"
      },
      "description": "Periods (alias period)"
     },
     {
      "name": "format",
      "in": "query",
      "required": false,
      "schema": {
       "type": "string",
       "enum": [
        "json",
        "csv"
       ],
       "default": "json"
      }
     }
    ],
    "responses": {
     "200": {
      "description": "The stored values, raw (not aggregated), of exactly the periods asked for. Requests are anonymous, so the rule of public analytics applies to each value: a value from 1 to 4 of a count element (a non-negative integer that is not a stock, e.g. mt_patients; never population or mt_positions) has value and comment null and suppressed true (in CSV: empty value and comment cells).",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/DataValueSet"
        }
       },
       "text/csv": {
        "schema": {
         "type": "string"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "422": {
      "$ref": "#/components/responses/Unprocessable"
     }
    }
   },
   "post": {
    "summary": "Import a DHIS2 data value set (JSON or CSV), all or nothing",
    "parameters": [
     {
      "name": "dryRun",
      "in": "query",
      "required": false,
      "schema": {
       "type": "boolean",
       "default": false
      }
     }
    ],
    "requestBody": {
     "required": true,
     "content": {
      "application/json": {
       "schema": {
        "$ref": "#/components/schemas/DataValueSet"
       }
      },
      "text/csv": {
       "schema": {
        "type": "string"
       }
      }
     }
    },
    "responses": {
     "200": {
      "description": "Imported",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ImportSummary"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "415": {
      "description": "Unsupported content type",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/Error"
        }
       }
      }
     },
     "422": {
      "description": "Invalid values: nothing written",
      "content": {
       "application/json": {
        "schema": {
         "$ref": "#/components/schemas/ImportSummary"
        }
       }
      }
     }
    }
   }
  },
  "/api/openapi.json": {
   "get": {
    "summary": "This document",
    "parameters": [],
    "responses": {
     "200": {
      "description": "OK",
      "content": {
       "application/json": {
        "schema": {
         "type": "object"
        }
       }
      }
     },
     "400": {
      "$ref": "#/components/responses/BadRequest"
     },
     "404": {
      "$ref": "#/components/responses/NotFound"
     },
     "422": {
      "$ref": "#/components/responses/Unprocessable"
     }
    }
   }
  }
 },
 "components": {
  "schemas": {
   "Error": {
    "type": "object",
    "properties": {
     "error": {
      "type": "object",
      "properties": {
       "status": {
        "type": "integer"
       },
       "message": {
        "type": "string"
       }
      },
      "required": [
       "status",
       "message"
      ]
     }
    },
    "required": [
     "error"
    ]
   },
   "Row": {
    "type": "object",
    "properties": {
     "dx": {
      "type": "string"
     },
     "ou": {
      "type": "string"
     },
     "pe": {
      "type": "string"
     },
     "value": {
      "type": "number"
     },
     "numerator": {
      "type": "number"
     },
     "denominator": {
      "type": "number"
     },
     "ci_low": {
      "type": "number"
     },
     "ci_high": {
      "type": "number"
     },
     "status": {
      "type": "string",
      "enum": [
       "ok",
       "suppressed",
       "missing"
      ]
     }
    },
    "required": [
     "dx",
     "ou",
     "pe",
     "status"
    ]
   },
   "Rows": {
    "type": "object",
    "properties": {
     "rows": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Row"
      }
     }
    },
    "required": [
     "rows"
    ]
   },
   "OrgUnit": {
    "type": "object",
    "properties": {
     "code": {
      "type": "string"
     },
     "name": {
      "type": "string"
     },
     "kind": {
      "type": "string"
     },
     "parent": {
      "type": "string"
     }
    },
    "required": [
     "code",
     "name",
     "kind",
     "parent"
    ]
   },
   "Membership": {
    "type": "object",
    "properties": {
     "status": {
      "type": "string",
      "enum": [
       "observer",
       "full_member",
       "left"
      ]
     },
     "from": {
      "type": "string",
      "format": "date"
     }
    },
    "required": [
     "status",
     "from"
    ]
   },
   "Participant": {
    "type": "object",
    "properties": {
     "code": {
      "type": "string"
     },
     "name": {
      "type": "string"
     },
     "type": {
      "type": "string"
     },
     "helix": {
      "type": "string"
     },
     "health_region": {
      "type": "string"
     },
     "org_unit": {
      "type": "string"
     },
     "status": {
      "type": "string"
     },
     "history": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/Membership"
      }
     }
    },
    "required": [
     "code",
     "name",
     "helix",
     "status",
     "history"
    ]
   },
   "DataValue": {
    "type": "object",
    "properties": {
     "dataElement": {
      "type": "string"
     },
     "period": {
      "type": "string"
     },
     "orgUnit": {
      "type": "string"
     },
     "categoryOptionCombo": {
      "type": "string"
     },
     "attributeOptionCombo": {
      "type": "string"
     },
     "value": {
      "type": [
       "string",
       "number",
       "null"
      ]
     },
     "storedBy": {
      "type": "string"
     },
     "lastUpdated": {
      "type": "string"
     },
     "comment": {
      "type": [
       "string",
       "null"
      ]
     },
     "followup": {
      "type": "boolean"
     },
     "suppressed": {
      "type": "boolean",
      "description": "Present and true when a small count is hidden (GET only)"
     }
    },
    "required": [
     "dataElement",
     "period",
     "orgUnit",
     "value"
    ]
   },
   "DataValueSet": {
    "type": "object",
    "properties": {
     "dataSet": {
      "type": "string"
     },
     "period": {
      "type": "string"
     },
     "orgUnit": {
      "type": "string"
     },
     "attributeOptionCombo": {
      "type": "string"
     },
     "dataValues": {
      "type": "array",
      "items": {
       "$ref": "#/components/schemas/DataValue"
      }
     }
    },
    "required": [
     "dataValues"
    ]
   },
   "ImportSummary": {
    "type": "object",
    "properties": {
     "status": {
      "type": "string",
      "enum": [
       "SUCCESS",
       "ERROR"
      ]
     },
     "importCount": {
      "type": "object",
      "properties": {
       "imported": {
        "type": "integer"
       },
       "updated": {
        "type": "integer"
       },
       "ignored": {
        "type": "integer"
       },
       "deleted": {
        "type": "integer"
       }
      }
     },
     "conflicts": {
      "type": "array",
      "items": {
       "type": "object",
       "properties": {
        "object": {
         "type": "string"
        },
        "value": {
         "type": "string"
        }
       }
      }
     },
     "dryRun": {
      "type": "boolean"
     }
    },
    "required": [
     "status",
     "importCount",
     "conflicts"
    ]
   }
  },
  "responses": {
   "BadRequest": {
    "description": "A malformed request",
    "content": {
     "application/json": {
      "schema": {
       "$ref": "#/components/schemas/Error"
      }
     }
    }
   },
   "NotFound": {
    "description": "Unknown code or resource",
    "content": {
     "application/json": {
      "schema": {
       "$ref": "#/components/schemas/Error"
      }
     }
    }
   },
   "Unprocessable": {
    "description": "The data cannot answer the request",
    "content": {
     "application/json": {
      "schema": {
       "$ref": "#/components/schemas/Error"
      }
     }
    }
   }
  }
 }
}
)openapi";
}

}  // namespace polyfon::web
