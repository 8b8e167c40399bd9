import { findMath } from './find-math.ts';

/**
 * TeX math as plain Unicode text, for places that show text and cannot run
 * KaTeX: search results and their excerpts. Readable rather than exact:
 * `\sigma` → σ, `n^2` → n², `\frac{a}{b}` → a/b, `\mathbb{R}` → ℝ; any
 * other command is shown by its name (`\softmax` → softmax). Pure.
 */

const GREEK = 'alpha:α beta:β gamma:γ delta:δ epsilon:ϵ varepsilon:ε zeta:ζ eta:η theta:θ vartheta:ϑ iota:ι kappa:κ lambda:λ mu:μ nu:ν xi:ξ pi:π varpi:ϖ rho:ρ varrho:ϱ sigma:σ varsigma:ς tau:τ upsilon:υ phi:ϕ varphi:φ chi:χ psi:ψ omega:ω Gamma:Γ Delta:Δ Theta:Θ Lambda:Λ Xi:Ξ Pi:Π Sigma:Σ Upsilon:Υ Phi:Φ Psi:Ψ Omega:Ω';
const SYMBOLS = 'leq:≤ le:≤ geq:≥ ge:≥ neq:≠ ne:≠ approx:≈ sim:∼ simeq:≃ cong:≅ equiv:≡ propto:∝ ll:≪ gg:≫ lesssim:≲ gtrsim:≳ times:× cdot:· cdots:⋯ ldots:… dots:… pm:± mp:∓ div:÷ ast:∗ star:⋆ circ:∘ bullet:• oplus:⊕ otimes:⊗ odot:⊙ infty:∞ to:→ rightarrow:→ leftarrow:← gets:← Rightarrow:⇒ Leftarrow:⇐ Leftrightarrow:⇔ iff:⇔ implies:⇒ mapsto:↦ in:∈ notin:∉ ni:∋ subset:⊂ subseteq:⊆ supset:⊃ supseteq:⊇ cup:∪ cap:∩ setminus:∖ emptyset:∅ varnothing:∅ forall:∀ exists:∃ neg:¬ lnot:¬ wedge:∧ land:∧ vee:∨ lor:∨ partial:∂ nabla:∇ sum:∑ prod:∏ int:∫ oint:∮ ell:ℓ hbar:ℏ top:⊤ bot:⊥ perp:⊥ parallel:∥ mid:| vert:| Vert:‖ |:‖ langle:⟨ rangle:⟩ lfloor:⌊ rfloor:⌋ lceil:⌈ rceil:⌉ prime:′ dagger:† deg:° angle:∠ triangle:△ square:□ checkmark:✓ lbrace:{ rbrace:}';
const BLACKBOARD = 'R:ℝ N:ℕ Z:ℤ Q:ℚ C:ℂ E:𝔼 P:ℙ H:ℍ';
const SUPERSCRIPTS = '0:⁰ 1:¹ 2:² 3:³ 4:⁴ 5:⁵ 6:⁶ 7:⁷ 8:⁸ 9:⁹ +:⁺ -:⁻ =:⁼ (:⁽ ):⁾ a:ᵃ b:ᵇ c:ᶜ d:ᵈ e:ᵉ f:ᶠ g:ᵍ h:ʰ i:ⁱ j:ʲ k:ᵏ l:ˡ m:ᵐ n:ⁿ o:ᵒ p:ᵖ r:ʳ s:ˢ t:ᵗ u:ᵘ v:ᵛ w:ʷ x:ˣ y:ʸ z:ᶻ T:ᵀ ⊤:ᵀ *:* ′:′';
const SUBSCRIPTS = '0:₀ 1:₁ 2:₂ 3:₃ 4:₄ 5:₅ 6:₆ 7:₇ 8:₈ 9:₉ +:₊ -:₋ =:₌ (:₍ ):₎ a:ₐ e:ₑ o:ₒ x:ₓ h:ₕ k:ₖ l:ₗ m:ₘ n:ₙ p:ₚ s:ₛ t:ₜ i:ᵢ j:ⱼ r:ᵣ u:ᵤ v:ᵥ';
/** Accents as combining characters, put after a one-letter argument. */
const ACCENTS = 'hat:\u0302 widehat:\u0302 bar:\u0304 overline:\u0305 tilde:\u0303 widetilde:\u0303 vec:\u20D7 dot:\u0307 ddot:\u0308';

const table = (pairs: string) => new Map(pairs.split(' ').map((pair) => [pair.slice(0, pair.indexOf(':', 1)), pair.slice(pair.indexOf(':', 1) + 1)] as const));
const NAMED = new Map([...table(GREEK), ...table(SYMBOLS)]);
const DOUBLE = table(BLACKBOARD);
const SUP = table(SUPERSCRIPTS);
const SUB = table(SUBSCRIPTS);
const ACCENT = table(ACCENTS);
/** Commands that only change how their argument looks: the argument is the text. */
const STYLE = /^(mathrm|mathbf|mathit|mathsf|mathtt|mathcal|mathscr|mathfrak|boldsymbol|bm|text|textrm|textbf|textit|texttt|emph|operatorname|mbox|hbox)$/;
/** Commands that carry no text: sizes and spacing. */
const SILENT = /^(left|right|big|Big|bigg|Bigg|bigl|bigr|Bigl|Bigr|biggl|biggr|displaystyle|textstyle|scriptstyle|limits|nolimits|!|,|;|:|quad|qquad| )$/;

/** Reads a `{...}` group (or one character, or one command) at `i`: its content and where it ends. */
function readArgument(tex: string, i: number): { text: string; end: number } {
  while (tex[i] === ' ') i++;
  if (tex[i] === '{') {
    let depth = 0;
    for (let j = i; j < tex.length; j++) {
      if (tex[j] === '\\') j++;
      else if (tex[j] === '{') depth++;
      else if (tex[j] === '}' && --depth === 0) return { text: tex.slice(i + 1, j), end: j + 1 };
    }
    return { text: tex.slice(i + 1), end: tex.length };
  }
  if (tex[i] === '\\') {
    const name = /^\\([A-Za-z]+|.)/.exec(tex.slice(i));
    return { text: name ? name[0] : '\\', end: i + (name ? name[0].length : 1) };
  }
  return { text: tex[i] ?? '', end: i + 1 };
}

/** `a+b` in parentheses, `a` as it is: what a fraction or root needs to stay unambiguous. */
const grouped = (text: string) => (/^√?[\p{L}\p{N}.′]+$/u.test(text) || /^\(.*\)$/.test(text) ? text : `(${text})`);

/** A script (`^2`, `_{ij}`) in Unicode script characters when every character has one, else `^(…)`. */
function script(text: string, chars: Map<string, string>, mark: string): string {
  const mapped = [...text].map((c) => chars.get(c));
  if (text && mapped.every(Boolean)) return mapped.join('');
  return [...text].length === 1 ? `${mark}${text}` : `${mark}(${text})`;
}

/** Converts the TeX of one formula (without its delimiters) to text. */
export function texToText(tex: string): string {
  let out = '';
  let i = 0;
  while (i < tex.length) {
    const c = tex[i]!;
    if (c === '^' || c === '_') {
      const arg = readArgument(tex, i + 1);
      out += script(texToText(arg.text).replace(/\s+/g, ''), c === '^' ? SUP : SUB, c);
      i = arg.end;
    } else if (c === '{' || c === '}') i++;
    else if (c === '~' || c === '&') (out += ' '), i++;
    else if (c !== '\\') (out += c), i++;
    else {
      const name = /^\\([A-Za-z]+|.)/.exec(tex.slice(i))?.[1] ?? '';
      i += name.length + 1;
      if (name === 'frac' || name === 'dfrac' || name === 'tfrac') {
        const top = readArgument(tex, i);
        const bottom = readArgument(tex, top.end);
        out += `${grouped(texToText(top.text))}/${grouped(texToText(bottom.text))}`;
        i = bottom.end;
      } else if (name === 'sqrt') {
        const arg = readArgument(tex, i);
        out += `√${grouped(texToText(arg.text))}`;
        i = arg.end;
      } else if (name === 'mathbb' || name === 'mathds') {
        const arg = readArgument(tex, i);
        out += [...arg.text].map((ch) => DOUBLE.get(ch) ?? ch).join('');
        i = arg.end;
      } else if (STYLE.test(name) || ACCENT.has(name)) {
        const arg = readArgument(tex, i);
        const text = texToText(arg.text);
        out += ACCENT.has(name) && [...text].length === 1 ? text + ACCENT.get(name) : text;
        i = arg.end;
      } else if (SILENT.test(name)) out += /^(,|;|:|quad|qquad| )$/.test(name) ? ' ' : '';
      else if (name === 'begin' || name === 'end') i = readArgument(tex, i).end;
      else out += name === '\\' ? ' ' : (NAMED.get(name) ?? name);
    }
  }
  return out.replace(/\s+/g, ' ').trim().normalize('NFC');
}

/**
 * Text with each math span (as the pages find them: `$...$`, `\(...\)`,
 * display math) replaced by {@link texToText}; the rest stays as written.
 */
export function withReadableMath(text: string): string {
  let out = '';
  let at = 0;
  for (const span of findMath(text)) {
    out += text.slice(at, span.start) + texToText(span.tex);
    at = span.end;
  }
  return out + text.slice(at);
}
