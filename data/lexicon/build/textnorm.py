"""Tokenisers shared by the lexicon builder and the evaluation scripts (stdlib only).

English: lowercased runs of letters/digits ("low-cost" -> "low", "cost").
Korean: split on anything that is not Hangul/letter/digit; each Hangul eojeol
loses at most two trailing particles/endings. Unambiguous endings (을, 에서,
합니다, 시키다, ...) are stripped whenever at least two syllables remain;
ambiguous short ones (이, 가, 는, 한, 된, ...; not 도, which ends 정확도, 습도) only when what remains is a known
stem (a word seen on its own in the training text, or a key of the lexicon).
So 개선합니다 -> 개선, 향상시키다 -> 향상, 데이터가 -> 데이터, but
디스플레이 stays 디스플레이 (디스플레 is not a known stem).
"""
import re

EN_TOKEN = re.compile(r"[a-z0-9\u00df-\u00ff\u0100-\u017f]+")
TOKEN = re.compile(r"[\uac00-\ud7a3]+|[A-Za-z0-9]+")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
PAREN_PARTICLE = re.compile(r"\((?:이|을|를|은|는|가|으|와|과|에|로|야|아)\)")

UNCOND = sorted("""
하시겠습니까 되었습니다 하였습니다 시켰습니다 했습니다 됐습니다 시킵니다 합니다 됩니다 하십시오 하세요
하려면 되려면 시키려면 시키다 시키기 시키는 시키고 시킨 시켜 하다 하기 하는 하고 하여 하면 하지 하거나 하며
되다 되기 되는 되고 되어 되면 되지 되거나 되며 입니다 이다 이며 이고
에서는 에서도 에서의 으로는 으로도 으로의 에게서 에게 에서 으로 까지 부터 처럼 보다 에는 에도 에의 와의 과의 을 를
""".split(), key=len, reverse=True)
AMBIG = sorted("한 된 할 함 됨 될 해 돼 이 가 은 는 의 에 로 와 과 만 나 이나 들".split(), key=len, reverse=True)

EN_STOP = set("""
a an the and or but nor of to in on at by for from with without into onto over under as is are was were be been being
am do does did doing done have has had having it its it's this that these those there here which who whom whose what
when where why how i me my we our you your he him his she her they them their not no yes can could may might must
shall should will would if then than so such too very just also only all any each every some more most other both
either neither one s t d ll re ve m o y etc via per up down out off again once about above below after before
between through during until while own same few further now please use used using
""".split())
KO_STOP = set("""
수 있 있습니다 있는 있음 있도록 없습니다 없는 없음 것 및 또는 등 때 중 위해 위한 대한 대해 통해 경우 이 그 저 이것 그것
않습니다 않는 않음 않은 하십시오 합니다 됩니다 하는 할 한 된 되는 입니다 같은 같이 각 더 다른 및 또한 이미 주세요 하세요
십시오 해야 없 있을 보다 수가 하지 하고 해당 대하여 위하여 때문에 있으며 또 모두 그리고 하나 이상 이하 안 못 데 바 곳 뒤 앞 내
""".split())


def en_tokens(s):
    return EN_TOKEN.findall(s.lower())


def strip_once(w, known):
    if w.endswith("적인") and len(w) >= 4:  # 효율적인 -> 효율적 (adjectival -적인)
        return w[:-1]
    for suf in UNCOND:
        if w.endswith(suf) and len(w) - len(suf) >= 2:
            return w[:-len(suf)]
    if known is not None:
        for suf in AMBIG:
            if w.endswith(suf) and len(w) - len(suf) >= 2 and w[:-len(suf)] in known:
                return w[:-len(suf)]
    return w


def ko_word(w, known=None):
    for _ in range(2):
        s = strip_once(w, known)
        if s == w:
            break
        w = s
    return w


def ko_raw_tokens(s):
    s = PAREN_PARTICLE.sub("", s)
    return [t if HANGUL.match(t) else t.lower() for t in TOKEN.findall(s)]


def ko_tokens(s, known=None):
    return [ko_word(t, known) if HANGUL.match(t) else t for t in ko_raw_tokens(s)]


def is_number(t):
    return t.isdigit() or bool(re.fullmatch(r"\d+[a-z]?|[a-z]\d+|0x[0-9a-f]+", t))
