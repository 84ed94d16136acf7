package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CoreNlpPropertiesTest {

    @Test
    void defaultsRunTheThreeClassModelWithDatesAndTheGazetteerButNotFineGrainedNer() {
        Properties props = CoreNlpProperties.pipeline(NlpConfig.defaults(), Path.of("/tmp/gazetteer.tsv"));
        assertEquals("tokenize,ssplit,pos,lemma,ner", props.getProperty("annotators"));
        assertEquals(CoreNlpProperties.THREE_CLASS_MODEL, props.getProperty("ner.model"));
        assertEquals("false", props.getProperty("ner.applyFineGrained"));
        assertEquals("true", props.getProperty("ner.useSUTime"));
        assertEquals(Path.of("/tmp/gazetteer.tsv").toString(), props.getProperty("ner.additional.regexner.mapping"));
        assertEquals("false", props.getProperty("ner.docdate.usePresent"), "dates come from the document");
    }

    @Test
    void coreNlpDefaultNerLeavesTheModelListAloneAndHasNoGazetteer() {
        Properties props = CoreNlpProperties.pipeline(NlpConfig.coreNlpDefaultNer(false), null);
        assertNull(props.getProperty("ner.model"));
        assertEquals("true", props.getProperty("ner.applyFineGrained"));
        assertNull(props.getProperty("ner.additional.regexner.mapping"));
    }

    @Test
    void theParserIsNeverPartOfThePipelineSoLongSentencesCanSkipIt() {
        for (NlpConfig config : List.of(NlpConfig.defaults(), NlpConfig.coreNlpDefaultNer(true))) {
            assertFalse(CoreNlpProperties.pipeline(config, null).getProperty("annotators").contains("parse"));
        }
        assertTrue(Integer.parseInt(CoreNlpProperties.parser().getProperty("numCached")) > 5000,
                "more than CoreNLP's 5,000 cached words");
    }

    @Test
    void nerRunsApartFromTheTaggerWithTheSameSettingsAndSuTimeAsAsked() {
        Path gazetteer = Path.of("/tmp/gazetteer.tsv");
        Properties tagger = CoreNlpProperties.tagger(NlpConfig.defaults());
        assertEquals("tokenize,ssplit,pos,lemma", tagger.getProperty("annotators"));
        assertEquals("two", tagger.getProperty("ssplit.newlineIsSentenceBreak"));
        for (boolean sutime : List.of(true, false)) {
            Properties ner = CoreNlpProperties.ner(NlpConfig.defaults(), gazetteer, sutime);
            assertEquals("ner", ner.getProperty("annotators"));
            assertEquals(Boolean.toString(sutime), ner.getProperty("ner.useSUTime"));
            assertEquals(gazetteer.toString(), ner.getProperty("ner.additional.regexner.mapping"));
            assertEquals(CoreNlpProperties.THREE_CLASS_MODEL, ner.getProperty("ner.model"));
        }
    }
}
