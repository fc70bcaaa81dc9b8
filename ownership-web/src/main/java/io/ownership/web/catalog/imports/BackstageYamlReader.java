package io.ownership.web.catalog.imports;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ownership.core.catalog.imports.BackstageDocument;
import io.ownership.core.catalog.imports.ImportBatch;
import io.ownership.core.catalog.imports.MalformedFileException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads the YAML documents of a Backstage catalog file into plain maps, lists and
 * strings. Only the node tree is built, never objects of types a document names; aliases,
 * nesting and size are bounded.
 */
public final class BackstageYamlReader {

	private static final int MAX_DEPTH = 50;

	public List<BackstageDocument> read(UploadedFile file) {
		String text = ImportFiles.text(file);
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setAllowRecursiveKeys(false);
		options.setMaxAliasesForCollections(20);
		options.setNestingDepthLimit(MAX_DEPTH);
		options.setCodePointLimit(ImportFiles.MAX_BYTES);
		DumperOptions dumperOptions = new DumperOptions();
		Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumperOptions), dumperOptions, options);
		List<BackstageDocument> documents = new ArrayList<>();
		try {
			for (Node node : yaml.composeAll(new StringReader(text))) {
				int line = node.getStartMark().getLine() + 1;
				if (documents.size() >= ImportBatch.MAX_ENTRIES) {
					throw new MalformedFileException(file.name(), line,
							"more than " + ImportBatch.MAX_ENTRIES + " entities");
				}
				documents.add(new BackstageDocument(file.name(), line, value(file, node, 0)));
			}
		}
		catch (MarkedYAMLException ex) {
			Mark mark = (ex.getProblemMark() != null) ? ex.getProblemMark() : ex.getContextMark();
			int line = (mark != null) ? mark.getLine() + 1 : 1;
			throw new MalformedFileException(file.name(), line, "not valid YAML: " + ex.getProblem());
		}
		catch (YAMLException ex) {
			throw new MalformedFileException(file.name(), 1, "not valid YAML: " + ex.getMessage());
		}
		return documents;
	}

	private Object value(UploadedFile file, Node node, int depth) {
		if (depth > MAX_DEPTH) {
			throw new MalformedFileException(file.name(), node.getStartMark().getLine() + 1,
					"nested more than " + MAX_DEPTH + " levels deep");
		}
		if (node instanceof ScalarNode scalar) {
			return Tag.NULL.equals(scalar.getTag()) ? null : scalar.getValue();
		}
		if (node instanceof SequenceNode sequence) {
			List<Object> list = new ArrayList<>();
			sequence.getValue().forEach((item) -> list.add(value(file, item, depth + 1)));
			return list;
		}
		Map<String, Object> map = new LinkedHashMap<>();
		for (NodeTuple tuple : ((MappingNode) node).getValue()) {
			if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
				throw new MalformedFileException(file.name(), tuple.getKeyNode().getStartMark().getLine() + 1,
						"a key must be a text");
			}
			map.put(key.getValue(), value(file, tuple.getValueNode(), depth + 1));
		}
		return map;
	}

}
