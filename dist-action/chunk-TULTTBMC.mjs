import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);

// src/words.ts
function quoted(text) {
  return JSON.stringify(text);
}
function andList(items, max = Infinity) {
  if (items.length > max) return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
function orList(items, max = Infinity) {
  if (items.length > max) return `${items.slice(0, max).join(", ")} or ${items.length - max} more`;
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
var enUs;
function thousands(n) {
  enUs ??= new Intl.NumberFormat("en-US");
  return enUs.format(n);
}
function strayWhitespace(text) {
  const trimmed = text.trim();
  if (trimmed === text || trimmed === "") return void 0;
  const leading = text.length - text.trimStart().length;
  const trailing = text.length - text.trimEnd().length;
  if (leading && trailing) return { where: "starts and ends with", trimmed };
  return leading ? { where: "starts with", substring: { start: 0, length: leading }, trimmed } : { where: "ends with", substring: { start: text.length - trailing, length: trailing }, trimmed };
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function getLocation(text, position) {
  const segments = [];
  const earlyReturnException = new Object();
  let previousNode = void 0;
  const previousNodeInst = {
    value: {},
    offset: 0,
    length: 0,
    type: "object",
    parent: void 0
  };
  let isAtPropertyKey = false;
  function setPreviousNode(value, offset, length, type) {
    previousNodeInst.value = value;
    previousNodeInst.offset = offset;
    previousNodeInst.length = length;
    previousNodeInst.type = type;
    previousNodeInst.colonOffset = void 0;
    previousNode = previousNodeInst;
  }
  try {
    visit(text, {
      onObjectBegin: (offset, length) => {
        if (position <= offset) {
          throw earlyReturnException;
        }
        previousNode = void 0;
        isAtPropertyKey = position > offset;
        segments.push("");
      },
      onObjectProperty: (name, offset, length) => {
        if (position < offset) {
          throw earlyReturnException;
        }
        setPreviousNode(name, offset, length, "property");
        segments[segments.length - 1] = name;
        if (position <= offset + length) {
          throw earlyReturnException;
        }
      },
      onObjectEnd: (offset, length) => {
        if (position <= offset) {
          throw earlyReturnException;
        }
        previousNode = void 0;
        segments.pop();
      },
      onArrayBegin: (offset, length) => {
        if (position <= offset) {
          throw earlyReturnException;
        }
        previousNode = void 0;
        segments.push(0);
      },
      onArrayEnd: (offset, length) => {
        if (position <= offset) {
          throw earlyReturnException;
        }
        previousNode = void 0;
        segments.pop();
      },
      onLiteralValue: (value, offset, length) => {
        if (position < offset) {
          throw earlyReturnException;
        }
        setPreviousNode(value, offset, length, getNodeType(value));
        if (position <= offset + length) {
          throw earlyReturnException;
        }
      },
      onSeparator: (sep, offset, length) => {
        if (position <= offset) {
          throw earlyReturnException;
        }
        if (sep === ":" && previousNode && previousNode.type === "property") {
          previousNode.colonOffset = offset;
          isAtPropertyKey = false;
          previousNode = void 0;
        } else if (sep === ",") {
          const last = segments[segments.length - 1];
          if (typeof last === "number") {
            segments[segments.length - 1] = last + 1;
          } else {
            isAtPropertyKey = true;
            segments[segments.length - 1] = "";
          }
          previousNode = void 0;
        }
      }
    });
  } catch (e) {
    if (e !== earlyReturnException) {
      throw e;
    }
  }
  return {
    path: segments,
    previousNode,
    isAtPropertyKey,
    matches: (pattern) => {
      let k = 0;
      for (let i = 0; k < pattern.length && i < segments.length; i++) {
        if (pattern[k] === segments[i] || pattern[k] === "*") {
          k++;
        } else if (pattern[k] !== "**") {
          return false;
        }
      }
      return k === pattern.length;
    }
  };
}
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function findNodeAtLocation(root, path) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path) {
    if (typeof segment === "string") {
      if (node.type !== "object" || !Array.isArray(node.children)) {
        return void 0;
      }
      let found = false;
      for (const propertyNode of node.children) {
        if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
          node = propertyNode.children[1];
          found = true;
          break;
        }
      }
      if (!found) {
        return void 0;
      }
    } else {
      const index = segment;
      if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
        return void 0;
      }
      node = node.children[index];
    }
  }
  return node;
}
function getNodePath(node) {
  if (!node.parent || !node.parent.children) {
    return [];
  }
  const path = getNodePath(node.parent);
  if (node.parent.type === "property") {
    const key = node.parent.children[0].value;
    path.push(key);
  } else if (node.parent.type === "array") {
    const index = node.parent.children.indexOf(node);
    if (index !== -1) {
      path.push(index);
    }
  }
  return path;
}
function contains(node, offset, includeRightBound = false) {
  return offset >= node.offset && offset < node.offset + node.length || includeRightBound && offset === node.offset + node.length;
}
function findNodeAtOffset(node, offset, includeRightBound = false) {
  if (contains(node, offset, includeRightBound)) {
    const children = node.children;
    if (Array.isArray(children)) {
      for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
        const item = findNodeAtOffset(children[i], offset, includeRightBound);
        if (item) {
          return item;
        }
      }
    }
    return node;
  }
  return void 0;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var getLocation2 = getLocation;
var parseTree2 = parseTree;
var findNodeAtLocation2 = findNodeAtLocation;
var findNodeAtOffset2 = findNodeAtOffset;
var getNodePath2 = getNodePath;
var visit2 = visit;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/engine/lazy-tree.ts
var QUOTE = 34;
var BACKSLASH = 92;
function lazyTree(text) {
  const start = skipSpace(text, 0);
  if (start >= text.length) return void 0;
  let end = text.length;
  for (let c = text.charCodeAt(end - 1); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(end - 1)) end--;
  return makeNode(new Ends(text), start, end, void 0);
}
var Ends = class {
  constructor(text) {
    this.text = text;
  }
  text;
  /** Offsets of the containers' opening brackets, in increasing order, and the offsets after their ends. */
  starts = [];
  ends = [];
  /** The offset after the object or array that starts at `start`. */
  endOf(start) {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const mid = low + high >> 1;
      if (starts[mid] < start) low = mid + 1;
      else if (starts[mid] > start) high = mid - 1;
      else return this.ends[mid];
    }
    return this.scan(start, low === starts.length);
  }
  scan(start, record) {
    const { text, starts, ends } = this;
    const open = [];
    STRUCTURE.lastIndex = start;
    while (STRUCTURE.test(text)) {
      const i = STRUCTURE.lastIndex - 1;
      const code = text.charCodeAt(i);
      if (code === QUOTE) STRUCTURE.lastIndex = stringEnd(text, i);
      else if (code === 123 || code === 91) {
        open.push(starts.length);
        if (record) {
          starts.push(i);
          ends.push(0);
        }
      } else if (code === 125 || code === 93) {
        const index = open.pop();
        if (record) ends[index] = i + 1;
        if (open.length === 0) return i + 1;
      }
    }
    throw new Error("Unbalanced brackets in a text that JSON.parse accepted");
  }
};
var STRUCTURE = /["[\]{}]/g;
var Container = class {
  constructor(type, offset, length, parent, ends) {
    this.type = type;
    this.offset = offset;
    this.length = length;
    this.parent = parent;
    this.ends = ends;
  }
  type;
  offset;
  length;
  parent;
  ends;
  items;
  get children() {
    return this.items ??= this.type === "object" ? this.properties() : this.elements();
  }
  properties() {
    const ends = this.ends;
    const text = ends.text;
    const out = [];
    let i = skipSpace(text, this.offset + 1);
    while (text.charCodeAt(i) === QUOTE) {
      const keyEnd = stringEnd(text, i);
      const colon = skipSpace(text, keyEnd);
      const valueStart = skipSpace(text, colon + 1);
      const valueEnd = skipValue(ends, valueStart);
      const property = { type: "property", offset: i, length: valueEnd - i, parent: this, children: [] };
      property.children.push({ type: "string", value: decodeString(text, i, keyEnd), offset: i, length: keyEnd - i, parent: property });
      property.colonOffset = colon;
      property.children.push(makeNode(ends, valueStart, valueEnd, property));
      out.push(property);
      i = skipSpace(text, valueEnd);
      if (text[i] === ",") i = skipSpace(text, i + 1);
    }
    return out;
  }
  elements() {
    const ends = this.ends;
    const text = ends.text;
    const out = [];
    let i = skipSpace(text, this.offset + 1);
    while (text[i] !== "]") {
      const end = skipValue(ends, i);
      out.push(makeNode(ends, i, end, this));
      i = skipSpace(text, end);
      if (text[i] === ",") i = skipSpace(text, i + 1);
    }
    return out;
  }
};
function makeNode(ends, start, end, parent) {
  const text = ends.text;
  const c = text[start];
  if (c === "{" || c === "[") return new Container(c === "{" ? "object" : "array", start, end - start, parent, ends);
  const length = end - start;
  if (c === '"') return { type: "string", value: decodeString(text, start, end), offset: start, length, parent };
  if (c === "t" || c === "f") return { type: "boolean", value: c === "t", offset: start, length, parent };
  if (c === "n") return { type: "null", value: null, offset: start, length, parent };
  return { type: "number", value: JSON.parse(text.slice(start, end)), offset: start, length, parent };
}
function decodeString(text, start, end) {
  const inner = text.slice(start + 1, end - 1);
  return inner.includes("\\") ? JSON.parse(text.slice(start, end)) : inner;
}
function skipSpace(text, i) {
  for (; ; ) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return i;
    i++;
  }
}
function stringEnd(text, start) {
  let i = start + 1;
  for (; ; ) {
    const quote = text.indexOf('"', i);
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}
function skipValue(ends, start) {
  const text = ends.text;
  const c = text[start];
  if (c === '"') return stringEnd(text, start);
  if (c !== "{" && c !== "[") {
    let i = start + 1;
    while (i < text.length && !",}] \n\r	".includes(text[i])) i++;
    return i;
  }
  return ends.endOf(start);
}

// src/engine/document.ts
function blankBom(text) {
  return text.charCodeAt(0) === 65279 ? ` ${text.slice(1)}` : text;
}
var PolicyDocument = class {
  filePath;
  text;
  /** The first syntax error, when the text is not valid JSON; the document is then not linted further. */
  syntaxError;
  /** The parsed value, from `JSON.parse` (the last of duplicate keys wins). */
  value;
  tree = null;
  starts;
  /**
   * Most documents are valid and clean, and need no positions at all: the value comes from the native
   * `JSON.parse`, and the tree with offsets (jsonc-parser, 5-10x slower) is built only when something
   * asks for a position, or to describe a syntax error exactly. `parsed`: what `JSON.parse(text)` returned, when
   * the caller already parsed the text (the run reads a JSON file's value to tell a template from a policy).
   */
  constructor(filePath, text, parsed) {
    this.filePath = filePath;
    this.text = text;
    if (parsed) {
      this.value = parsed.value;
      this.syntaxError = void 0;
      return;
    }
    try {
      this.value = JSON.parse(text);
      this.syntaxError = void 0;
    } catch {
      const errors = [];
      this.tree = parseTree2(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
      const first = errors[0] ?? { error: 0, offset: 0, length: 0 };
      this.syntaxError = describeSyntaxError(text, first, this.tree);
      this.value = void 0;
    }
  }
  /** What AWS receives for the policy: the one thing the size rules measure. By default, the text as written. */
  get sent() {
    return { texts: [this.text], layout: "written" };
  }
  /**
   * The JSON tree with offsets (jsonc-parser's nodes), made on first use. The text is valid JSON here, so
   * the tree is lazy (see lazy-tree.ts): only the containers that are walked into are scanned.
   */
  get root() {
    if (this.tree === null) this.tree = lazyTree(this.text);
    return this.tree;
  }
  /** The offsets where lines start, at least up to the line that holds `offset`. */
  lineStarts(offset = Infinity) {
    return (this.starts ??= new LineStarts(this.text)).through(offset);
  }
  /**
   * True when the text may hold an object with the same key twice: the number of key tokens in the text
   * differs from the number of keys in the parsed value (JSON.parse keeps one of each duplicate). A cheap
   * check that spares rules a walk of the tree for the common document without duplicates.
   */
  mayHaveDuplicateKeys() {
    if (this.syntaxError) return false;
    const value = this.value;
    return countKeyTokens(this.text) !== (typeof value === "object" && value !== null ? countKeys(value) : 0);
  }
  /** 1-based line and column of a 0-based offset. */
  positionAt(offset) {
    return positionIn(this.lineStarts(offset), offset);
  }
  /** The 0-based offset of a 1-based line and column (clamped to the text). */
  offsetAt(line, column) {
    const starts = this.lineStarts();
    const start = starts[Math.min(Math.max(line, 1), starts.length) - 1];
    return Math.min(start + Math.max(column, 1) - 1, this.text.length);
  }
  rangeOf(offset, endOffset) {
    const start = this.positionAt(offset);
    const end = this.positionAt(endOffset);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset, endOffset };
  }
  /** The value node at a path (for duplicate keys, the last one, which is what JSON.parse keeps). */
  nodeAt(path) {
    return this.walk(path).node;
  }
  /** The property node (key + value) whose value is at `path`, when the path ends in an object key. */
  propertyAt(path) {
    const node = this.nodeAt(path);
    return node?.parent?.type === "property" ? node.parent : void 0;
  }
  /**
   * Map a path to a token. `key` points at a property's key, `value` at its value, `auto` at the value
   * when it is a scalar and at the key when it is an object or array (so that a finding about a whole
   * block points at its name, not at twenty lines). A path that does not exist points at its nearest
   * existing parent: the parent's key if it has one, otherwise the parent's opening bracket.
   */
  locate(path, target = "auto") {
    const { node, depth } = this.walk(path);
    if (node) return { node, exact: true, range: this.tokenRange(node, target), path: [...path] };
    if (!this.root) return void 0;
    const parentPath = path.slice(0, depth);
    const parent = this.walk(parentPath).node ?? this.root;
    const property = parent.parent?.type === "property" ? parent.parent : void 0;
    const range = property ? this.nodeRange(property.children[0]) : this.rangeOf(parent.offset, parent.offset + 1);
    return { node: parent, exact: false, range, path: parentPath };
  }
  nodeRange(node) {
    return this.rangeOf(node.offset, node.offset + node.length);
  }
  tokenRange(node, target) {
    const property = node.parent?.type === "property" ? node.parent : void 0;
    if (property && (target === "key" || target === "auto" && (node.type === "object" || node.type === "array"))) {
      return this.nodeRange(property.children[0]);
    }
    return this.nodeRange(node);
  }
  /** Walk a path; `depth` is how many segments matched. */
  walk(path) {
    let node = this.root;
    let depth = 0;
    for (const segment of path) {
      if (!node) break;
      const next = childOf(node, segment);
      if (!next) return { node: void 0, depth };
      node = next;
      depth++;
    }
    return { node, depth };
  }
};
function childOf(node, segment) {
  if (node.type === "array" && typeof segment === "number") return node.children?.[segment];
  if (node.type === "object" && typeof segment === "string") {
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      const property = children[i];
      if (property.children?.[0]?.value === segment) return property.children[1];
    }
  }
  return void 0;
}
function nodeValue(node) {
  switch (node.type) {
    case "object": {
      const result = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) result[key.value] = nodeValue(value);
      }
      return result;
    }
    case "array":
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}
function countKeyTokens(text) {
  let count = 0;
  for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", colon + 1)) {
    let i = colon - 1;
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = text.charCodeAt(i)) i--;
    if (text.charCodeAt(i) === 34) count++;
  }
  return count;
}
function countKeys(value) {
  let n = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (typeof item === "object" && item !== null) n += countKeys(item);
    }
    return n;
  }
  for (const key in value) {
    n++;
    const member = value[key];
    if (typeof member === "object" && member !== null) n += countKeys(member);
  }
  return n;
}
function positionIn(starts, offset) {
  const index = lastAtOrBefore(starts, offset);
  return { line: index + 1, column: Math.max(offset - starts[index] + 1, 1) };
}
function lastAtOrBefore(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
var LineIndex = class {
  starts;
  constructor(text) {
    this.starts = computeLineStarts(text);
  }
  at(offset) {
    return positionIn(this.starts, offset);
  }
};
function computeLineStarts(text) {
  return new LineStarts(text).through(Infinity);
}
var LineStarts = class {
  constructor(text) {
    this.text = text;
    this.starts = [text.charCodeAt(0) === 65279 ? 1 : 0];
    if (!text.includes("\r")) return;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10) {
        this.starts.push(i + 1);
      }
    }
    this.from = -1;
  }
  text;
  starts;
  /** Where the search for the next LF resumes; -1 once every start is known. */
  from = 0;
  /** The starts of the lines up to the one that holds `offset`, and possibly more. */
  through(offset) {
    const { starts, text } = this;
    while (this.from >= 0 && starts[starts.length - 1] <= offset) {
      const newline = text.indexOf("\n", this.from);
      if (newline < 0) {
        this.from = -1;
      } else {
        starts.push(newline + 1);
        this.from = newline + 1;
      }
    }
    return starts;
  }
};
function describeSyntaxError(text, error, root) {
  const { offset } = error;
  const length = error.error === ParseErrorCode.InvalidSymbol ? singleQuotedLength(text, offset, error.length) : Math.max(error.length, 0);
  const found = text.slice(offset, offset + Math.max(length, 1));
  if (offset === 0 && text.charCodeAt(0) === 65279) {
    return { message: "The file starts with a byte order mark (U+FEFF); IAM policies must be plain JSON without one.", offset: 0, length: 1 };
  }
  if (text.trim() === "") return { message: "The file is empty; expected a JSON policy document.", offset, length: 0 };
  const before = text.slice(0, offset).trimEnd();
  const afterEnd = root !== void 0 && root.offset < offset && root.offset + root.length <= offset;
  const code = afterEnd && error.error === ParseErrorCode.InvalidSymbol ? "EndOfFileExpected" : printParseErrorCode(error.error);
  if ((code === "PropertyNameExpected" || code === "ValueExpected") && before.endsWith(",") && /^[}\]]/.test(found)) {
    const comma = before.length - 1;
    return { message: `Trailing comma before "${found[0]}"; JSON does not allow one.`, offset: comma, length: 1 };
  }
  if (offset >= text.length || length === 0 && text.slice(offset).trim() === "") {
    const expected = code === "CloseBraceExpected" ? '"}"' : code === "CloseBracketExpected" ? '"]"' : "more JSON";
    return { message: `Unexpected end of file; expected ${expected}. Is the file truncated?`, offset: Math.min(offset, text.length), length: 0 };
  }
  if (code === "InvalidEscapeCharacter" || code === "InvalidUnicode") {
    const escape = invalidEscape(found);
    if (escape) {
      const message = escape.text.startsWith("\\u") ? `Invalid \\u escape "${escape.text}" in a string: expected four hexadecimal digits.` : `Invalid escape sequence "${escape.text}" in a string; JSON's escapes are \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\u with four hexadecimal digits.`;
      return { message, offset: offset + escape.index, length: escape.text.length };
    }
  }
  const number = invalidNumber(text, offset);
  if (number) return number;
  if (code === "PropertyNameExpected" || code === "InvalidSymbol" && getLocation2(text, offset).isAtPropertyKey) {
    const word = found.startsWith("'") ? void 0 : /^[\w.+-]+/.exec(text.slice(offset, offset + 1e3))?.[0];
    return { message: `Expected a property name in double quotes, found ${tokenText(word ?? found)}.`, offset, length: word?.length ?? length };
  }
  const messages = {
    InvalidSymbol: found.startsWith("'") ? `Unexpected ${tokenText(found)}; JSON strings take double quotes, not single quotes.` : `Unexpected ${tokenText(found)}; expected a JSON value.`,
    InvalidNumberFormat: `Invalid number ${tokenText(found)}.`,
    ValueExpected: `Expected a JSON value, found ${tokenText(found)}.`,
    ColonExpected: `Expected ":" after the property name, found ${tokenText(found)}.`,
    CommaExpected: `Expected "," between elements, found ${tokenText(found)}. Is a comma missing?`,
    CloseBraceExpected: `Expected "}" or ",", found ${tokenText(found)}.`,
    CloseBracketExpected: `Expected "]" or ",", found ${tokenText(found)}.`,
    EndOfFileExpected: `Unexpected ${tokenText(found)} after the end of the JSON document.`,
    InvalidCommentToken: "Comments are not allowed in JSON policy documents.",
    UnexpectedEndOfComment: "Comments are not allowed in JSON policy documents.",
    UnexpectedEndOfString: "Unterminated string: a closing double quote is missing (a string cannot span lines).",
    UnexpectedEndOfNumber: `Invalid number ${tokenText(found)}.`,
    InvalidUnicode: "Invalid \\u escape in a string: expected four hexadecimal digits.",
    InvalidEscapeCharacter: `Invalid escape sequence in the string ${tokenText(found)}.`,
    InvalidCharacter: "Invalid character in a string: control characters such as tabs and line breaks must be escaped."
  };
  return { message: messages[code] ?? `Invalid JSON (${code}).`, offset, length };
}
function tokenText(token) {
  return token.length >= 2 && /^["']/.test(token) && token.endsWith(token[0]) ? token : quoted(token);
}
function singleQuotedLength(text, offset, length) {
  if (text[offset] !== "'") return Math.max(length, 0);
  const close = /^'[^'\r\n]*'/.exec(text.slice(offset, offset + 1e3));
  return close ? close[0].length : Math.max(length, 0);
}
var JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
function invalidNumber(text, offset) {
  const isWordChar = (i) => /[\w.+-]/.test(text.charAt(i));
  let start = offset;
  while (start > 0 && isWordChar(start - 1)) start--;
  let end = offset;
  while (end < text.length && isWordChar(end)) end++;
  const word = text.slice(start, end);
  if (!/^([-+.\d]|[+-]?(NaN|Infinity)$)/.test(word) || JSON_NUMBER.test(word)) return void 0;
  const previous = text.slice(0, start).trimEnd().slice(-1);
  if (!["", ":", "[", ","].includes(previous) || getLocation2(text, start).isAtPropertyKey) return void 0;
  const found = JSON.stringify(word);
  const write = (fixed2) => JSON_NUMBER.test(fixed2) ? fixed2 : void 0;
  const sign = word.startsWith("-") ? "-" : "";
  const unsigned = word.replace(/^[+-]/, "");
  let why;
  let fixed;
  if (/^(NaN|Infinity)$/.test(unsigned)) {
    return { message: `Unexpected ${found}; JSON has no NaN or Infinity: write a number, or a string in double quotes.`, offset: start, length: word.length };
  } else if (/^0\d/.test(unsigned) && (fixed = write(sign + unsigned.replace(/^0+(?=\d)/, "")))) {
    return {
      message: `Invalid number ${found}: JSON numbers have no leading zero (write ${fixed}, or ${found} as a string if the zero matters).`,
      offset: start,
      length: word.length
    };
  } else if (/^0[xob]/i.test(unsigned) && (fixed = write(String(Number(`${sign}${Number(unsigned)}`))))) {
    why = `JSON numbers are decimal (write ${fixed})`;
  } else if (word.startsWith("+") && (fixed = write(unsigned))) {
    why = `JSON numbers take no plus sign (write ${fixed})`;
  } else if (unsigned.startsWith(".") && (fixed = write(`${sign}0${unsigned}`))) {
    why = `a digit must come before the decimal point (write ${fixed})`;
  } else if (/\.(?!\d)/.test(word) && (fixed = write(word.replace(/\.(?!\d)/, "")))) {
    why = `a digit must follow the decimal point (write ${fixed})`;
  } else if (/[eE][+-]?$/.test(word) && JSON_NUMBER.test(word.replace(/[eE][+-]?$/, ""))) {
    why = `"${word.match(/[eE](?=[+-]?$)/)[0]}" must be followed by the exponent's digits (as in 1e3)`;
  } else if (word.includes("_") && (fixed = write(word.replace(/_/g, "")))) {
    why = `JSON numbers have no digit separators (write ${fixed})`;
  } else if (/^-(?!\d)/.test(word)) {
    why = "a minus sign must be followed by digits";
  } else {
    why = "text must be written as a string, in double quotes";
  }
  return { message: `Invalid number ${found}: ${why}.`, offset: start, length: word.length };
}
function invalidEscape(token) {
  for (let i = 0; i < token.length; i++) {
    if (token[i] !== "\\") continue;
    const next = token.codePointAt(i + 1);
    if (next === void 0) return void 0;
    const after = String.fromCodePoint(next);
    if (after === "u") {
      const hex = /^[0-9a-fA-F]{0,4}/.exec(token.slice(i + 2))[0];
      if (hex.length < 4) return { index: i, text: `\\u${hex}` };
      i += 5;
    } else if ('"\\/bfnrt'.includes(after)) {
      i++;
    } else {
      return { index: i, text: `\\${after}` };
    }
  }
  return void 0;
}
function duplicateKeys(text) {
  const found = [];
  const objects = [];
  visit2(text, {
    onObjectBegin: (offset) => {
      objects.push({ offset, keys: /* @__PURE__ */ new Set() });
    },
    onObjectEnd: () => {
      objects.pop();
    },
    onArrayBegin: () => {
      objects.push(void 0);
    },
    onArrayEnd: () => {
      objects.pop();
    },
    onObjectProperty: (key) => {
      const object = objects[objects.length - 1];
      if (!object) return;
      if (object.keys.has(key)) found.push({ object: object.offset, key });
      else object.keys.add(key);
    }
  });
  return found;
}

// src/engine/types.ts
var POLICY_TYPES = ["identity", "resource", "trust", "scp", "rcp"];
function countResult(filePath, messages, extra = {}) {
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) {
      errorCount++;
      if (m.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
  }
  return { filePath, messages, errorCount, warningCount, fixableErrorCount, fixableWarningCount, ...extra };
}
function compareMessages(a, b) {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || byCodeUnit(String(a.ruleId), String(b.ruleId)) || byCodeUnit(a.message, b.message);
}
function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  quoted,
  andList,
  orList,
  thousands,
  strayWhitespace,
  parseTree2 as parseTree,
  findNodeAtLocation2 as findNodeAtLocation,
  findNodeAtOffset2 as findNodeAtOffset,
  getNodePath2 as getNodePath,
  blankBom,
  PolicyDocument,
  nodeValue,
  lastAtOrBefore,
  LineIndex,
  computeLineStarts,
  duplicateKeys,
  POLICY_TYPES,
  countResult,
  compareMessages
};
